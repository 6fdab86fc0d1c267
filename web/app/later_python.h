// later_python.h - the Python the page downloads after its first load.
//
// The web app is linked without the texts of asyncio, the standard modules and the simulated
// world (LOOPSCOPE_PY_TEXT_LATER, see cmake/embed_python.py): the page fetches python.json once
// it is interactive and hands it over (loopscope_add_python, boot.js). Until then a run waits
// before its first step (the session driver does not tick) and the status bar says why. The
// desktop build has every text and is ready from the start.
#pragma once

namespace loopscope::later_python {

bool ready();
// Registers every module text of `json` ({"module": "text", ...}) and marks the Python ready,
// even when the download failed (null or "{}": imports of what is missing then say so).
// Returns how many texts it registered, -1 when the JSON could not be read.
int provide(const char* json);

} // namespace loopscope::later_python
