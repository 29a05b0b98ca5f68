#pragma once
// Word lists for synthetic people and places. Common Norwegian names, so the demo looks real;
// the fødselsnummer are synthetic, so no demo patient can be a real person.

#include <span>
#include <string_view>

namespace varde::demo::names
{

std::span<const std::string_view> femaleGiven();
std::span<const std::string_view> maleGiven();
std::span<const std::string_view> family();
std::span<const std::string_view> streets();

struct Place {
    std::string_view municipality;
    std::string_view postalCode;
    std::string_view city;
};
std::span<const Place> places();

} // namespace varde::demo::names
