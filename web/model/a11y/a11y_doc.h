// a11y_doc.h - the accessible document: what the canvas shows, as a tree of nodes with roles,
// names and states, written as JSON for the page. web/shell/a11y.js turns it into real DOM
// (buttons, radio groups, text fields, lists, tables, live regions) that screen readers read
// and keyboards reach; the app (web/app/a11y_bridge.cpp) builds it from the same model the
// panels draw, so the two never disagree.
//
//   Doc d;
//   d.open("toolbar", "toolbar").name("Run controls");
//   d.open("button", "run").name("Run").target("button:Run").flag("disabled", !can_run).close();
//   d.close();
//   std::string json = d.take();
//
// A node is {"role": ..., "id": ..., attributes..., "kids": [...]}. Roles and attributes are
// documented in web/shell/a11y.js, which maps them to elements. Ids are unique in the whole
// document and stable from one update to the next: the page keeps the element of an id (and
// the keyboard focus on it) while its content changes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace loopscope::a11y {

class Doc {
public:
    // Opens a child of the open node (or the root). Every open() needs a close().
    Doc& open(std::string_view role, std::string_view id);
    Doc& close();

    // Attributes of the node just opened (before its first child).
    Doc& name(std::string_view text) { return attr("name", text); } // its accessible name
    Doc& text(std::string_view text) { return attr("text", text); } // text content
    Doc& target(std::string_view id) { return attr("target", id); } // its widget on the canvas
    Doc& attr(std::string_view key, std::string_view value);
    Doc& attr(std::string_view key, const char* value) {
        return attr(key, std::string_view(value));
    }
    Doc& attr(std::string_view key, double value);
    Doc& flag(std::string_view key, bool value); // written only when true

    // A leaf: open + text + close.
    Doc& leaf(std::string_view role, std::string_view id, std::string_view text);

    // The JSON text (all nodes closed); the Doc is empty afterwards.
    std::string take();
    bool empty() const { return out_.empty(); }

private:
    std::string out_;
    std::vector<bool> has_kids_; // per open node: its "kids" array has been started
};

// JSON string escaping (UTF-8 passes through; control characters become \u00XX).
void append_json_string(std::string& out, std::string_view s);

} // namespace loopscope::a11y
