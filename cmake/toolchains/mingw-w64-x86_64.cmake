# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (posix thread model).
#
# The -posix compilers are named explicitly: the build root also has the -win32 ones, and
# installing both flips the plain x86_64-w64-mingw32-g++ alternative to win32, whose std::thread
# and std::mutex Qt 6 cannot use.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(GODUAL_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${GODUAL_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${GODUAL_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${GODUAL_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${GODUAL_MINGW_TRIPLE}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${GODUAL_MINGW_TRIPLE}-ranlib CACHE FILEPATH "")

# Libraries, headers and CMake packages come from the MinGW sysroot and the cross-built prefixes
# only; programs (moc, rcc, the host's cmake modules) from the host.
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${GODUAL_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# The host's pkg-config must never hand back Linux libraries.
set(ENV{PKG_CONFIG_LIBDIR} /usr/${GODUAL_MINGW_TRIPLE}/lib/pkgconfig)
set(ENV{PKG_CONFIG_PATH} "")

# Nothing here runs Wine: the Qt build must not, and GoDual's windows-cross preset sets
# CMAKE_CROSSCOMPILING_EMULATOR itself so ctest runs the tests under Wine.
