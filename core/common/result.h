#pragma once
// Typed results for core: tl::expected behind one alias, so that a later switch to
// std::expected (C++23) changes this file only. Use only what std::expected also has.

#include "core/common/error.h"

#include <tl/expected.hpp>

#include <string>
#include <utility>

namespace varde
{

template <typename T = void> using Result = tl::expected<T, Error>;

// The one place that spells tl::make_unexpected.
inline tl::unexpected<Error> fail(ErrorCode code, std::string detail = {})
{
    return tl::make_unexpected(Error { code, std::move(detail) });
}

inline tl::unexpected<Error> fail(Error error) { return tl::make_unexpected(std::move(error)); }

} // namespace varde
