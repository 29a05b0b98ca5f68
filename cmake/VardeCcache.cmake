# Use ccache when it is installed. CCACHE_BASEDIR rewrites absolute paths under the source tree
# to relative ones and NOHASHDIR leaves the working directory out of the hash, so a fresh clone
# in another folder still hits the cache (CI builds in a new clone every time).
find_program(VARDE_CCACHE ccache)
if(VARDE_CCACHE)
  set(launcher ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=true
               CCACHE_SLOPPINESS=include_file_mtime,include_file_ctime,time_macros ${VARDE_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${launcher})
  message(STATUS "ccache: ${VARDE_CCACHE} (base dir ${PROJECT_SOURCE_DIR})")
endif()
