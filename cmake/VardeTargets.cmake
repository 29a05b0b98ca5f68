# Shared compile settings, one interface target every Varde target links PRIVATE.
add_library(varde_warnings INTERFACE)
add_library(varde::warnings ALIAS varde_warnings)
target_compile_options(varde_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(VARDE_SANITIZE)
  target_compile_options(varde_warnings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
  target_link_options(varde_warnings INTERFACE -fsanitize=address,undefined)
endif()
if(VARDE_FUZZ)
  # Coverage for libFuzzer in every library; only the fuzz targets link the fuzzer's main.
  target_compile_options(varde_warnings INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                  -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(varde_warnings INTERFACE -fsanitize=address,undefined)
endif()

set_property(GLOBAL PROPERTY VARDE_CORE_LIBS "")

# varde_core_library(<name> SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Folder core/<name> builds varde_<name>, aliased varde::<name>, code in namespace varde::<name>.
function(varde_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(varde_${name} STATIC ${ARG_SOURCES})
  add_library(varde::${name} ALIAS varde_${name})
  target_include_directories(varde_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(varde_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS} varde::warnings)
  set_property(GLOBAL APPEND PROPERTY VARDE_CORE_LIBS varde_${name})
endfunction()

# core/ is plain C++: a core target that links Qt or ui fails the configure step.
function(varde_check_core_is_qt_free)
  get_property(libs GLOBAL PROPERTY VARDE_CORE_LIBS)
  foreach(lib IN LISTS libs)
    get_target_property(deps ${lib} LINK_LIBRARIES)
    get_target_property(ideps ${lib} INTERFACE_LINK_LIBRARIES)
    if("${deps};${ideps}" MATCHES "Qt6?::|varde::ui")
      message(FATAL_ERROR "${lib} is in core/ and links ${deps} ${ideps}")
    endif()
  endforeach()
endfunction()
