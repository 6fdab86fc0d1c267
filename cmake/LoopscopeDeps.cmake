# Third-party code. Everything comes from Debian packages (see ../shared/spec/TOOLCHAIN.md):
# header-only nlohmann_json and Catch2 from /usr/include, Dear ImGui and SDL2 sources unpacked
# by tools/bootstrap.sh into .deps/, SDL2 built for wasm into .deps/sdl2-wasm/install.
#
# Targets defined here:
#   loopscope::json     nlohmann_json (header-only)
#   loopscope::catch2   Catch2 2.x single header (`#include <catch2/catch.hpp>`)
#   loopscope::sdl2     SDL2 (system libsdl2-dev natively, .deps/sdl2-wasm for the web)
#   loopscope_imgui     Dear ImGui 1.86 + SDL2 and OpenGL3 backends

set(LOOPSCOPE_DEPS_DIR "${PROJECT_SOURCE_DIR}/.deps" CACHE PATH "Third-party sources (tools/bootstrap.sh)")
set(LOOPSCOPE_IMGUI_DIR "${LOOPSCOPE_DEPS_DIR}/imgui-1.86" CACHE PATH "Dear ImGui 1.86 source tree")

# --- header-only libraries ---------------------------------------------------------------------
add_library(loopscope_json INTERFACE)
add_library(loopscope::json ALIAS loopscope_json)
add_library(loopscope_catch2 INTERFACE)
add_library(loopscope::catch2 ALIAS loopscope_catch2)

if(LOOPSCOPE_WEB)
  # Never put /usr/include on the wasm include path: host headers would shadow the sysroot.
  # A folder of symlinks exposes only the header-only libraries (made here if bootstrap has not).
  set(_shim "${LOOPSCOPE_DEPS_DIR}/wasm-include")
  foreach(_lib nlohmann catch2)
    if(NOT EXISTS "/usr/include/${_lib}")
      message(FATAL_ERROR "/usr/include/${_lib} is missing: run tools/bootstrap.sh")
    endif()
    if(NOT EXISTS "${_shim}/${_lib}")
      file(MAKE_DIRECTORY "${_shim}")
      file(CREATE_LINK "/usr/include/${_lib}" "${_shim}/${_lib}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(loopscope_json SYSTEM INTERFACE "${_shim}")
  target_include_directories(loopscope_catch2 SYSTEM INTERFACE "${_shim}")
else()
  find_package(nlohmann_json 3 REQUIRED)
  target_link_libraries(loopscope_json INTERFACE nlohmann_json::nlohmann_json)
  find_package(Catch2 2 REQUIRED)
  target_link_libraries(loopscope_catch2 INTERFACE Catch2::Catch2)
endif()

# --- SDL2 --------------------------------------------------------------------------------------
add_library(loopscope_sdl2 INTERFACE)
add_library(loopscope::sdl2 ALIAS loopscope_sdl2)
if(LOOPSCOPE_WEB)
  set(_sdl "${LOOPSCOPE_DEPS_DIR}/sdl2-wasm/install")
  if(NOT EXISTS "${_sdl}/lib/libSDL2.a")
    message(FATAL_ERROR "${_sdl}/lib/libSDL2.a is missing: run tools/bootstrap.sh")
  endif()
  # imgui_impl_sdl.cpp includes <SDL.h>, so the include dir is the SDL2 folder itself.
  target_include_directories(loopscope_sdl2 SYSTEM INTERFACE "${_sdl}/include/SDL2")
  target_link_libraries(loopscope_sdl2 INTERFACE "${_sdl}/lib/libSDL2.a")
else()
  find_package(SDL2 CONFIG REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(loopscope_sdl2 INTERFACE SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# --- Dear ImGui --------------------------------------------------------------------------------
if(NOT EXISTS "${LOOPSCOPE_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui is missing in ${LOOPSCOPE_IMGUI_DIR}: run tools/bootstrap.sh")
endif()
set(_im "${LOOPSCOPE_IMGUI_DIR}")
add_library(loopscope_imgui STATIC
  "${_im}/imgui.cpp" "${_im}/imgui_draw.cpp" "${_im}/imgui_tables.cpp"
  "${_im}/imgui_widgets.cpp" "${_im}/imgui_demo.cpp"
  "${_im}/backends/imgui_impl_sdl.cpp" "${_im}/backends/imgui_impl_opengl3.cpp")
target_include_directories(loopscope_imgui SYSTEM PUBLIC "${_im}" "${_im}/backends")
target_compile_options(loopscope_imgui PRIVATE -w) # third-party: its warnings are not ours
target_link_libraries(loopscope_imgui PUBLIC loopscope::sdl2)
# No legacy names: keeps our code on the current API.
target_compile_definitions(loopscope_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(LOOPSCOPE_WEB)
  # WebGL2 = GLES 3 ("#version 300 es"); the backend would default to WebGL1 otherwise.
  target_compile_definitions(loopscope_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()
