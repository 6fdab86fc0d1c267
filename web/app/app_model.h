// The state the panels draw: plain data, no runtime objects. The platform layer (main.cpp)
// owns one AppModel and passes it to the panels every frame.
#pragma once

#include <string>
#include <vector>

namespace loopscope {

// Which view the run pane shows.
enum class RunTab { Output, Timeline, Tasks };

struct AppModel {
    std::string file_name = "main.py"; // shown in the editor tab
    std::string source;                // the program in the editor (read-only preview for now)
    RunTab run_tab = RunTab::Output;   // selected tab of the run pane
    float split = 0.56f;               // editor share of the body width, dragged by the splitter
    double virtual_time = 0.0;         // seconds on the event loop's virtual clock
    std::vector<std::string> output;   // lines of the run pane's Output tab
    bool runtime_connected = false;    // false until the interpreter is wired into the page
};

// The program the page opens with.
AppModel make_initial_model();

} // namespace loopscope
