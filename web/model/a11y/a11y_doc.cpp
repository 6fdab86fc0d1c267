// a11y_doc.cpp - see a11y_doc.h.
#include "model/a11y/a11y_doc.h"

#include <cmath>
#include <cstdio>

namespace loopscope::a11y {

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

Doc& Doc::open(std::string_view role, std::string_view id) {
    if (!has_kids_.empty()) {
        if (!has_kids_.back()) {
            out_ += ",\"kids\":[";
            has_kids_.back() = true;
        } else {
            out_ += ',';
        }
    } else if (!out_.empty()) {
        out_ += ','; // a second root: take() wraps the roots in an array
    }
    out_ += "{\"role\":";
    append_json_string(out_, role);
    out_ += ",\"id\":";
    append_json_string(out_, id);
    has_kids_.push_back(false);
    return *this;
}

Doc& Doc::close() {
    if (has_kids_.empty()) return *this;
    if (has_kids_.back()) out_ += ']';
    out_ += '}';
    has_kids_.pop_back();
    return *this;
}

Doc& Doc::attr(std::string_view key, std::string_view value) {
    out_ += ',';
    append_json_string(out_, key);
    out_ += ':';
    append_json_string(out_, value);
    return *this;
}

Doc& Doc::attr(std::string_view key, double value) {
    out_ += ',';
    append_json_string(out_, key);
    char buf[32];
    if (!std::isfinite(value)) value = 0.0;
    std::snprintf(buf, sizeof buf, ":%.10g", value);
    out_ += buf;
    return *this;
}

Doc& Doc::flag(std::string_view key, bool value) {
    if (!value) return *this;
    out_ += ',';
    append_json_string(out_, key);
    out_ += ":true";
    return *this;
}

Doc& Doc::leaf(std::string_view role, std::string_view id, std::string_view text) {
    return open(role, id).attr("text", text).close();
}

std::string Doc::take() {
    while (!has_kids_.empty()) close();
    std::string json;
    json.reserve(out_.size() + 2);
    json += '[';
    json += out_;
    json += ']';
    out_.clear();
    return json;
}

} // namespace loopscope::a11y
