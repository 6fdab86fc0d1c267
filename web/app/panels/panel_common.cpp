#include "panels/panel_common.h"

#include "theme.h"

#include <cstdio>

namespace loopscope::panels {

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void section_title(const fonts::FontSet& fonts, const char* title, const char* help) {
    ImGui::PushFont(fonts.strong);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    if (help) help_marker(help);
}

float text_width(ImFont* font, const char* text) {
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    return font->CalcTextSizeA(size, 1e9f, 0.0f, text).x;
}

void text_at(ImDrawList* draw, ImFont* font, float x, float top, float height, unsigned color,
             const char* text) {
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    draw->AddText(font, size, ImVec2(x, top + (height - size) * 0.5f), theme::rgba(color), text);
}

float chip_width(ImFont* font, const char* text) {
    return text_width(font, text) + 16.0f;
}

ImVec2 chip(ImDrawList* draw, ImFont* font, ImVec2 pos, const char* text, unsigned fill,
            unsigned text_color, bool outlined) {
    const float h = font->FontSize * ImGui::GetIO().FontGlobalScale + 8.0f;
    const ImVec2 max(pos.x + chip_width(font, text), pos.y + h);
    if (outlined) {
        draw->AddRect(pos, max, theme::rgba(fill), h * 0.5f, 0, 1.5f);
    } else {
        draw->AddRectFilled(pos, max, theme::rgba(fill), h * 0.5f);
    }
    text_at(draw, font, pos.x + 8.0f, pos.y, h, text_color, text);
    return max;
}

const char* state_word(session::TaskState s) {
    switch (s) {
        case session::TaskState::Created: return "created";
        case session::TaskState::Ready: return "ready";
        case session::TaskState::Running: return "running";
        case session::TaskState::Waiting: return "waiting";
        case session::TaskState::Done: return "done";
        case session::TaskState::Failed: return "failed";
        case session::TaskState::Cancelled: return "cancelled";
    }
    return "?";
}

unsigned state_color(session::TaskState s) {
    // The timeline's Okabe-Ito hues, so a task reads the same in both views, in the shade of
    // each theme that is readable as text (model/theme/palette.h).
    const ui::Palette& p = theme::palette();
    switch (s) {
        case session::TaskState::Created:
        case session::TaskState::Ready: return p.state_ready;
        case session::TaskState::Running: return p.state_running;
        case session::TaskState::Waiting: return p.state_waiting;
        case session::TaskState::Done: return theme::kTextDim;
        case session::TaskState::Failed: return p.state_failed;
        case session::TaskState::Cancelled: return p.state_cancelled;
    }
    return theme::kTextDim;
}

const char* state_help(session::TaskState s) {
    switch (s) {
        case session::TaskState::Created:
            return "Created: the task exists and its first step is queued, but it has not "
                   "started running yet.";
        case session::TaskState::Ready:
            return "Ready: woken up; it waits in the ready queue for the loop to run it.";
        case session::TaskState::Running:
            return "Running: its code is executing right now. Only one task runs at a time.";
        case session::TaskState::Waiting:
            return "Waiting: suspended at an await. It gives the loop back until what it "
                   "waits for happens.";
        case session::TaskState::Done: return "Done: its coroutine returned this value.";
        case session::TaskState::Failed: return "Failed: its coroutine raised this exception.";
        case session::TaskState::Cancelled:
            return "Cancelled: task.cancel() threw CancelledError into it and it ended.";
    }
    return "";
}

const char* prim_word(trace::PrimKind k) {
    switch (k) {
        case trace::PrimKind::Queue: return "Queue";
        case trace::PrimKind::Lock: return "Lock";
        case trace::PrimKind::Event: return "Event";
        case trace::PrimKind::Semaphore: return "Semaphore";
        case trace::PrimKind::Condition: return "Condition";
        case trace::PrimKind::Barrier: return "Barrier";
        case trace::PrimKind::Connection: return "Connection";
        default: return "Object";
    }
}

std::string fmt_time(double t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", t);
    return buf;
}

std::string task_name(const session::Snapshot& s, int32_t id) {
    if (id == 0) return "module code";
    if (const session::TaskView* t = s.task(id)) return t->name;
    return "Task-" + std::to_string(id);
}

std::string task_title(const session::TaskView& t) {
    return t.coro.empty() ? t.name : t.name + " (" + t.coro + ")";
}

std::string ready_label(const session::Snapshot& s, const session::ReadyItem& r) {
    if (r.task == 0) return r.what;
    // The runtime records "step <name>" or "wake up <name>" (trace_emit.cpp): keep the verb,
    // put the name the task has now.
    for (const char* verb : {"wake up ", "step "}) {
        if (r.what.rfind(verb, 0) == 0) return verb + task_name(s, r.task);
    }
    return r.what;
}

} // namespace loopscope::panels
