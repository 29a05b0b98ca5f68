#include "core/demo/names.h"

#include <array>

namespace varde::demo::names
{
namespace
{

using namespace std::string_view_literals;

constexpr std::array female{
    "Kari"sv,   "Ingrid"sv, "Anne"sv,   "Liv"sv,     "Bjørg"sv,   "Randi"sv,    "Solveig"sv,
    "Astrid"sv, "Gerd"sv,   "Marit"sv,  "Turid"sv,   "Aud"sv,     "Berit"sv,    "Eva"sv,
    "Grete"sv,  "Ragnhild"sv, "Sissel"sv, "Åse"sv,   "Torill"sv,  "Unni"sv,     "Wenche"sv,
    "Inger"sv,  "Reidun"sv, "Målfrid"sv, "Synnøve"sv, "Jorunn"sv, "Oddbjørg"sv, "Helga"sv,
};
constexpr std::array male{
    "Ole"sv,    "Jan"sv,    "Per"sv,    "Bjørn"sv,  "Arne"sv,    "Knut"sv,   "Svein"sv,
    "Kjell"sv,  "Terje"sv,  "Odd"sv,    "Rolf"sv,   "Geir"sv,    "Tor"sv,    "Leif"sv,
    "Harald"sv, "Egil"sv,   "Øystein"sv, "Åge"sv,   "Trygve"sv,  "Einar"sv,  "Magne"sv,
    "Sverre"sv, "Halvor"sv, "Asbjørn"sv, "Jostein"sv, "Oddvar"sv, "Ragnar"sv, "Steinar"sv,
};
constexpr std::array surnames{
    "Hansen"sv,    "Johansen"sv, "Olsen"sv,     "Larsen"sv,   "Andersen"sv,  "Pedersen"sv,
    "Nilsen"sv,    "Kristiansen"sv, "Jensen"sv, "Karlsen"sv,  "Johnsen"sv,   "Pettersen"sv,
    "Eriksen"sv,   "Berg"sv,     "Haugen"sv,    "Hagen"sv,    "Johannessen"sv, "Andreassen"sv,
    "Jacobsen"sv,  "Dahl"sv,     "Jørgensen"sv, "Halvorsen"sv, "Henriksen"sv, "Lund"sv,
    "Sørensen"sv,  "Moen"sv,     "Gundersen"sv, "Iversen"sv,  "Strand"sv,    "Solberg"sv,
    "Eide"sv,      "Knutsen"sv,  "Bakken"sv,    "Lie"sv,      "Amundsen"sv,  "Rasmussen"sv,
    "Lunde"sv,     "Solheim"sv,  "Berge"sv,     "Moe"sv,      "Nygård"sv,    "Bakke"sv,
    "Holm"sv,      "Lien"sv,     "Hauge"sv,     "Sæther"sv,   "Aas"sv,       "Myhre"sv,
    "Haugland"sv,  "Sandvik"sv,  "Rønning"sv,   "Næss"sv,     "Ødegård"sv,   "Aasen"sv,
    "Vik"sv,       "Ås"sv,       "Øien"sv,      "Østby"sv,    "Ålvik"sv,     "Ellingsen"sv,
    "Nguyen"sv,    "Ahmed"sv,    "Thorsen"sv,   "Bjørklund"sv, "Fjørtoft"sv, "Stokke"sv,
};
constexpr std::array streetNames{
    "Storgata"sv,   "Kirkevegen"sv, "Fjordgata"sv, "Skoleveien"sv, "Bakkevegen"sv,
    "Strandgata"sv, "Granlia"sv,    "Øvre Fjellveg"sv, "Åsvegen"sv, "Reknesvegen"sv,
    "Sjøbakken"sv,  "Lundavegen"sv, "Myrvegen"sv,  "Prestebakken"sv, "Nøisomhedvegen"sv,
};
constexpr std::array<Place, 7> placeList{{
    {"Molde", "6413", "Molde"},
    {"Molde", "6415", "Molde"},
    {"Aukra", "6480", "Aukra"},
    {"Hustadvika", "6440", "Elnesvågen"},
    {"Hustadvika", "6490", "Eide"},
    {"Gjemnes", "6631", "Batnfjordsøra"},
    {"Vestnes", "6390", "Vestnes"},
}};

} // namespace

std::span<const std::string_view> femaleGiven() { return female; }
std::span<const std::string_view> maleGiven() { return male; }
std::span<const std::string_view> family() { return surnames; }
std::span<const std::string_view> streets() { return streetNames; }
std::span<const Place> places() { return placeList; }

} // namespace varde::demo::names
