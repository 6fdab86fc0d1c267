// The system clipboard for the editor's copy, cut and paste.
//
// Natively ImGui's SDL2 backend already uses the desktop clipboard. In the browser SDL 2.26 only
// keeps a private string, so copy/cut would never leave the page and paste would never see text
// copied elsewhere. install_clipboard() (web build) routes ImGui's clipboard through the page:
//   - copy/cut: the text is kept and written to navigator.clipboard (asynchronous; the key press
//     that asked for it is the user gesture the browser requires);
//   - paste: web/shell/boot.js holds the Ctrl+V press back from SDL until the browser's
//     `paste` event has handed its text over with loopscope_clipboard_paste(), then passes the
//     press on; the editor then reads the pasted text as ImGui's clipboard.
#pragma once

namespace loopscope {

void install_clipboard(); // after ImGui_ImplSDL2_InitForOpenGL; does nothing natively

} // namespace loopscope
