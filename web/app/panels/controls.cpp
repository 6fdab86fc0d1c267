// controls.cpp - the run toolbar and the keyboard shortcuts (panels.h).
#include "panels/panel_common.h"
#include "panels/panels.h"
#include "test_hooks.h"
#include "theme.h"
#include "touch.h"

#include <SDL_scancode.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace loopscope::panels {
namespace {

constexpr float kRow = 44.0f;         // height of one toolbar row
constexpr float kButtonH = 30.0f;     // height of a button
constexpr float kOneRowMin = 1180.0f; // narrower than this: the scrubber gets its own row

enum class Icon { Play, Pause, Step, StepLine, Back, Reset, Stop };

void draw_icon(ImDrawList* d, Icon icon, ImVec2 c, ImU32 col) {
    switch (icon) {
        case Icon::Play:
            d->AddTriangleFilled(ImVec2(c.x - 4, c.y - 6), ImVec2(c.x - 4, c.y + 6),
                                 ImVec2(c.x + 6, c.y), col);
            break;
        case Icon::Pause:
            d->AddRectFilled(ImVec2(c.x - 5, c.y - 6), ImVec2(c.x - 1.5f, c.y + 6), col);
            d->AddRectFilled(ImVec2(c.x + 1.5f, c.y - 6), ImVec2(c.x + 5, c.y + 6), col);
            break;
        case Icon::Step:
            d->AddTriangleFilled(ImVec2(c.x - 6, c.y - 6), ImVec2(c.x - 6, c.y + 6),
                                 ImVec2(c.x + 3, c.y), col);
            d->AddRectFilled(ImVec2(c.x + 3.5f, c.y - 6), ImVec2(c.x + 6, c.y + 6), col);
            break;
        case Icon::StepLine:
            d->AddLine(ImVec2(c.x, c.y - 7), ImVec2(c.x, c.y + 2), col, 2.0f);
            d->AddTriangleFilled(ImVec2(c.x - 5, c.y), ImVec2(c.x + 5, c.y), ImVec2(c.x, c.y + 6),
                                 col);
            d->AddLine(ImVec2(c.x - 6, c.y + 7.5f), ImVec2(c.x + 6, c.y + 7.5f), col, 1.5f);
            break;
        case Icon::Back:
            d->AddRectFilled(ImVec2(c.x - 6, c.y - 6), ImVec2(c.x - 3.5f, c.y + 6), col);
            d->AddTriangleFilled(ImVec2(c.x + 6, c.y - 6), ImVec2(c.x + 6, c.y + 6),
                                 ImVec2(c.x - 3, c.y), col);
            break;
        case Icon::Reset:
            d->PathArcTo(c, 5.5f, 0.9f, 5.6f, 16);
            d->PathStroke(col, 0, 2.0f);
            d->AddTriangleFilled(ImVec2(c.x + 2.0f, c.y - 8.5f), ImVec2(c.x + 7.5f, c.y - 5.0f),
                                 ImVec2(c.x + 2.0f, c.y - 1.0f), col);
            break;
        case Icon::Stop:
            d->AddRectFilled(ImVec2(c.x - 5, c.y - 5), ImVec2(c.x + 5, c.y + 5), col, 1.5f);
            break;
    }
}

float button_width(const fonts::FontSet& fonts, const char* label, bool show_label) {
    return show_label ? 38.0f + text_width(fonts.strong, label) : 36.0f;
}

// An icon button with a label; tooltips name the shortcut. Published as "button:<label>".
bool icon_button(const fonts::FontSet& fonts, ImVec2 pos, const char* label, Icon icon,
                 const char* tip, bool primary, bool enabled, bool show_label) {
    const float w = button_width(fonts, label, show_label);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(label);
    const bool pressed = ImGui::InvisibleButton("##b", ImVec2(w, kButtonH)) && enabled;
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    char target[48];
    std::snprintf(target, sizeof target, "button:%s", label);
    const ImVec2 max(pos.x + w, pos.y + kButtonH);
    publish_target(target, pos, max);
    ImDrawList* d = ImGui::GetWindowDrawList();
    unsigned fill = primary ? theme::kAccent : theme::kPanelRaised;
    if (enabled && !primary && (hovered || held)) fill = held ? theme::kSelected : theme::kRowHover;
    const float alpha = enabled ? 1.0f : 0.45f;
    d->AddRectFilled(pos, max, theme::rgba(fill, primary && (hovered || held) ? 0.85f : alpha),
                     kButtonH * 0.5f);
    if (!primary) d->AddRect(pos, max, theme::rgba(theme::kBorder, alpha), kButtonH * 0.5f);
    const unsigned fg = primary ? theme::kOnAccent : theme::kText;
    draw_icon(d, icon, ImVec2(pos.x + (show_label ? 19.0f : w * 0.5f), pos.y + kButtonH * 0.5f),
              theme::rgba(fg, alpha));
    if (show_label) text_at(d, fonts.strong, pos.x + 30.0f, pos.y, kButtonH, fg, label);
    if (hovered) ImGui::SetTooltip("%s", tip);
    return pressed;
}

// Two-way segmented toggle for Animated / Instant.
void mode_toggle(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos) {
    const char* names[2] = {"Animated", "Instant"};
    const char* tips[2] = {"Run plays one event at a time at the speed on the right, so you can "
                           "watch the loop work.",
                           "Run executes as fast as possible (in slices, so the page never "
                           "freezes) and shows the end state."};
    float x = pos.x;
    ImDrawList* d = ImGui::GetWindowDrawList();
    const float w0 = text_width(fonts.ui, names[0]) + 20.0f;
    const float w1 = text_width(fonts.ui, names[1]) + 20.0f;
    d->AddRectFilled(pos, ImVec2(pos.x + w0 + w1 + 4.0f, pos.y + kButtonH),
                     theme::rgba(theme::kPanelRaised), 8.0f);
    for (int i = 0; i < 2; ++i) {
        const float w = i ? w1 : w0;
        const ImVec2 a(x + 2.0f, pos.y + 2.0f), b(x + 2.0f + w, pos.y + kButtonH - 2.0f);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        if (ImGui::InvisibleButton("##mode", ImVec2(w, b.y - a.y))) {
            m.mode = i ? RunMode::Instant : RunMode::Animated;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tips[i]);
        ImGui::PopID();
        char target[32];
        std::snprintf(target, sizeof target, "mode:%s", names[i]);
        publish_target(target, a, b);
        const bool on = (m.mode == RunMode::Instant) == (i == 1);
        if (on) d->AddRectFilled(a, b, theme::rgba(theme::kSelected), 6.0f);
        text_at(d, fonts.ui, a.x + 10.0f, a.y, b.y - a.y, on ? theme::kText : theme::kTextDim,
                names[i]);
        x += w;
    }
}

// The scrubber: the whole recording as a track; drag or click to seek.
void scrubber(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    const uint64_t n = m.run->recorded();
    const uint64_t cur = m.run->cursor();
    ImDrawList* d = ImGui::GetWindowDrawList();
    const float h = kButtonH;
    const std::string counter = event_counter(m);
    const char* label = counter.c_str();
    const float lw = text_width(fonts.small, label) + 12.0f;
    const float track_x0 = pos.x + 8.0f;
    const float track_x1 = pos.x + width - lw - 8.0f;
    if (track_x1 - track_x0 < 30.0f) return;
    ImGui::SetCursorScreenPos(ImVec2(track_x0 - 6.0f, pos.y));
    ImGui::InvisibleButton("##scrub", ImVec2(track_x1 - track_x0 + 12.0f, h));
    publish_target("scrubber", ImVec2(track_x0, pos.y), ImVec2(track_x1, pos.y + h));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered || ImGui::IsItemActive()) touch_drag_here(true, false);
    if (ImGui::IsItemActive() && n > 1) {
        const float f =
            std::clamp((ImGui::GetIO().MousePos.x - track_x0) / (track_x1 - track_x0), 0.0f, 1.0f);
        const uint64_t target = static_cast<uint64_t>(std::lround(f * static_cast<float>(n - 1)));
        if (target != cur) cmd_seek(m, target);
    }
    const float cy = pos.y + h * 0.5f;
    d->AddRectFilled(ImVec2(track_x0, cy - 3.0f), ImVec2(track_x1, cy + 3.0f),
                     theme::rgba(theme::kPanelRaised), 3.0f);
    const float f = n > 1 ? static_cast<float>(cur) / static_cast<float>(n - 1) : 0.0f;
    const float hx = track_x0 + f * (track_x1 - track_x0);
    d->AddRectFilled(ImVec2(track_x0, cy - 3.0f), ImVec2(hx, cy + 3.0f),
                     theme::rgba(theme::kAccent, 0.7f), 3.0f);
    d->AddCircleFilled(ImVec2(hx, cy), hovered ? 8.0f : 7.0f, theme::rgba(theme::kAccent), 20);
    d->AddCircle(ImVec2(hx, cy), hovered ? 8.0f : 7.0f, theme::rgba(theme::kPanel), 20, 2.0f);
    text_at(d, fonts.small, track_x1 + 12.0f, pos.y, h, theme::kTextDim, label);
    if (hovered) {
        ImGui::SetTooltip("The scrubber: every event recorded so far. Drag to travel back and "
                          "forth in the run; going back never re-runs the program.");
    }
}

} // namespace

std::string event_counter(AppModel& m) {
    const uint64_t n = m.run->recorded();
    char label[64];
    std::snprintf(label, sizeof label, "event %llu / %llu",
                  static_cast<unsigned long long>(m.run->cursor()),
                  static_cast<unsigned long long>(n ? n - 1 : 0));
    return label;
}

std::string status_counts(AppModel& m) {
    const session::Snapshot& s = m.run->snapshot();
    const uint64_t n = m.run->recorded();
    // Event 0 is the script starting: "N events" counts what happened after it, as the
    // scrubber's "event k / N" and the timeline's step axis "#k" do.
    char info[96];
    std::snprintf(info, sizeof info, "%zu %s \xC2\xB7 %llu %s recorded", s.tasks.size(),
                  s.tasks.size() == 1 ? "task" : "tasks",
                  static_cast<unsigned long long>(n ? n - 1 : 0), n == 2 ? "event" : "events");
    return info;
}

float controls_height(float width) {
    return width >= kOneRowMin ? kRow : 2.0f * kRow;
}

float draw_controls(AppModel& m, const fonts::FontSet& fonts, ImVec2 pos, float width) {
    const float height = controls_height(width);
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme::rgba(theme::kChrome));
    d->AddLine(ImVec2(pos.x, pos.y + height - 1.0f), ImVec2(pos.x + width, pos.y + height - 1.0f),
               theme::rgba(theme::kBorder));
    const session::Snapshot& s = m.run->snapshot();
    const bool labels = width >= 720.0f;
    const bool compiled = m.run->compile_error().empty();
    const bool can_back = m.run->cursor() > 0;
    const bool can_forward =
        compiled && !(m.run->program_finished() && m.run->cursor() + 1 >= m.run->recorded());
    const float by = pos.y + (kRow - kButtonH) * 0.5f;
    float x = pos.x + 12.0f;
    auto next = [&](const char* label) {
        const float w = button_width(fonts, label, labels);
        const ImVec2 p(x, by);
        x += w + 6.0f;
        return p;
    };
    const bool running = m.playing || m.run->busy();
    if (running) {
        if (icon_button(fonts, next("Pause"), "Pause", Icon::Pause, "Pause the run (F6)", true,
                        true, labels)) {
            cmd_pause(m);
        }
    } else if (icon_button(fonts, next("Run"), "Run", Icon::Play,
                           "Run the program (F5): animated or instant, see the switch", true,
                           compiled, labels)) {
        cmd_run(m);
    }
    if (icon_button(fonts, next("Step"), "Step", Icon::Step,
                    "Step one event (F10): one thing the event loop does, such as a task "
                    "starting, awaiting or a timer firing",
                    false, can_forward, labels)) {
        cmd_step_event(m);
    }
    if (icon_button(fonts, next("Step line"), "Step line", Icon::StepLine,
                    "Step one source line (F11)", false, can_forward, labels)) {
        cmd_step_line(m);
    }
    if (icon_button(fonts, next("Back"), "Back", Icon::Back,
                    "Step back one event (Shift+F10); Shift+F11 steps back one line", false,
                    can_back, labels)) {
        cmd_step_back_event(m);
    }
    if (s.blocked && !m.run->program_finished()) {
        if (icon_button(fonts, next("Stop"), "Stop", Icon::Stop,
                        "Stop the program: a task is blocking the event loop and would never "
                        "give it back (Shift+F5)",
                        false, true, labels)) {
            cmd_stop(m);
        }
    } else if (icon_button(fonts, next("Reset"), "Reset", Icon::Reset,
                           "Back to the start (Shift+F5)", false, true, labels)) {
        cmd_reset(m);
    }

    // Mode and speed.
    x += 8.0f;
    mode_toggle(m, fonts, ImVec2(x, by));
    x += text_width(fonts.ui, "Animated") + text_width(fonts.ui, "Instant") + 52.0f;
    if (m.mode == RunMode::Animated) {
        // The value is written beside the slider, not inside it, where the grab would cover it.
        const float sw = labels ? 110.0f : 70.0f;
        ImGui::SetCursorScreenPos(ImVec2(x, by + 2.0f));
        ImGui::SetNextItemWidth(sw);
        ImGui::PushFont(fonts.small);
        ImGui::SliderFloat("##speed", &m.speed, 1.0f, 60.0f, "", ImGuiSliderFlags_Logarithmic);
        publish_target("speed", ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) touch_drag_here(true, false);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Animation speed: how many events Run plays per second.");
        }
        char speed[32];
        std::snprintf(speed, sizeof speed, "%.0f events/s", m.speed);
        ImGui::PopFont();
        const ImVec2 smin = ImGui::GetItemRectMin(), smax = ImGui::GetItemRectMax();
        text_at(d, fonts.small, smax.x + 6.0f, smin.y, smax.y - smin.y, theme::kTextDim, speed);
        x += sw + 6.0f + text_width(fonts.small, "60 events/s") + 14.0f;
    }

    // The virtual clock, always visible.
    char clock[48];
    std::snprintf(clock, sizeof clock, "t = %.3f s", s.clock);
    const float cw = text_width(fonts.code, clock);
    ImVec2 cpos(x, pos.y);
    if (width < kOneRowMin) {
        cpos = ImVec2(pos.x + width - cw - 48.0f, pos.y);
        if (cpos.x < x) cpos = ImVec2(pos.x + 12.0f, pos.y + kRow);
    }
    d->AddRectFilled(ImVec2(cpos.x, cpos.y + 8.0f),
                     ImVec2(cpos.x + cw + 20.0f, cpos.y + kRow - 8.0f), theme::rgba(theme::kPanel),
                     6.0f);
    text_at(d, fonts.code, cpos.x + 10.0f, cpos.y, kRow, theme::kAccent, clock);
    publish_target("clock", ImVec2(cpos.x, cpos.y + 8.0f),
                   ImVec2(cpos.x + cw + 20.0f, cpos.y + kRow - 8.0f));
    ImGui::SetCursorScreenPos(ImVec2(cpos.x + cw + 24.0f, cpos.y + kRow * 0.5f - 9.0f));
    ImGui::PushFont(fonts.small);
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(
            "The virtual clock: loop.time() of Loopscope's event loop. asyncio.sleep(1) moves it "
            "by one second without waiting, so runs are instant and always identical.");
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::PopFont();
    const float after_clock = cpos.x + cw + 50.0f;

    // The scrubber takes the rest of the row, or a row of its own.
    if (width >= kOneRowMin) {
        scrubber(m, fonts, ImVec2(after_clock, by), pos.x + width - after_clock - 8.0f);
    } else if (cpos.y > pos.y) {
        scrubber(m, fonts, ImVec2(after_clock, pos.y + kRow + (kRow - kButtonH) * 0.5f),
                 pos.x + width - after_clock - 8.0f);
    } else {
        scrubber(m, fonts, ImVec2(pos.x + 4.0f, pos.y + kRow + (kRow - kButtonH) * 0.5f),
                 width - 12.0f);
    }
    return height;
}

void handle_shortcuts(AppModel& m) {
    const std::vector<KeyPress> keys = std::move(m.keys);
    m.keys.clear();
    for (const KeyPress& k : keys) {
        if (k.ctrl) {
            if (k.scancode == SDL_SCANCODE_EQUALS || k.scancode == SDL_SCANCODE_KP_PLUS) {
                m.zoom = std::min(2.0f, std::round((m.zoom + 0.1f) * 10.0f) / 10.0f);
            } else if (k.scancode == SDL_SCANCODE_MINUS || k.scancode == SDL_SCANCODE_KP_MINUS) {
                m.zoom = std::max(0.6f, std::round((m.zoom - 0.1f) * 10.0f) / 10.0f);
            } else if (k.scancode == SDL_SCANCODE_0) {
                m.zoom = 1.0f;
            }
            continue;
        }
        switch (k.scancode) {
            case SDL_SCANCODE_F5:
                if (!k.shift) {
                    cmd_run(m);
                } else if (m.run->snapshot().blocked && !m.run->program_finished()) {
                    cmd_stop(m);
                } else {
                    cmd_reset(m);
                }
                break;
            case SDL_SCANCODE_F6: cmd_pause(m); break;
            case SDL_SCANCODE_F10: k.shift ? cmd_step_back_event(m) : cmd_step_event(m); break;
            case SDL_SCANCODE_F11: k.shift ? cmd_step_back_line(m) : cmd_step_line(m); break;
            default: break;
        }
    }
}

} // namespace loopscope::panels
