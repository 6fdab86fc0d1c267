// page_bridge.h - calls from the app into the page around it (web/shell/*.js). In the web
// build they reach window.loopscope._action / _emit; natively (the desktop app has no page)
// they do nothing.
#pragma once

#include <string>

namespace loopscope {

// Asks the page to do something only it can: "copy-link", "export-progress",
// "import-progress", "reset-progress" (asks the learner first), "offline-copy", "open-full".
void page_action(const char* name);

// Reports an event to the page, which forwards it to an embedding host page (embed.js).
// `json` is an object's JSON text.
void page_event(const char* type, const std::string& json);

// True when there is a page to talk to (the web build).
bool have_page();

} // namespace loopscope
