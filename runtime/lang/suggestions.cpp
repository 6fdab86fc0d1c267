// suggestions.cpp - a port of CPython 3.11's Python/suggestions.c.
#include "lang/suggestions.h"

#include "lang/inst_values.h"
#include "lang/ops.h"

#include <algorithm>
#include <cstdint>

namespace loopscope {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t buffer[kMaxStringSize];
    size_t tmp = kMoveCost;
    for (size_t i = 0; i < a.size(); ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b.size(); ++bi) {
        char code = b[bi];
        size_t distance = result = bi * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < a.size(); ++i) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[i] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

} // namespace

std::string closest_name(const std::vector<std::string_view>& candidates, std::string_view name) {
    if (candidates.size() >= kMaxCandidates) return "";
    size_t best_distance = SIZE_MAX;
    std::string_view best;
    bool found = false;
    for (std::string_view item : candidates) {
        if (item == name) continue;
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = levenshtein(name, item, max_distance);
        if (d > max_distance) continue;
        if (!found || d < best_distance) {
            best = item;
            best_distance = d;
            found = true;
        }
    }
    return found ? std::string(best) : std::string();
}

static void dict_keys(DictObj* d, std::vector<std::string_view>& out) {
    if (!d) return;
    for (auto& e : d->entries)
        if (!e.key().is_undef() && is_str(e.key())) out.push_back(str_view(e.key()));
}

std::string name_error_suggestion(Interp& I, Frame* f, std::string_view name) {
    if (!f) return "";
    std::vector<std::string_view> names;
    for (StrObj* v : f->code->varnames) names.push_back(v->s);
    std::string s = closest_name(names, name);
    if (!s.empty()) return s;
    names.clear();
    dict_keys(f->globals, names);
    s = closest_name(names, name);
    if (!s.empty()) return s;
    names.clear();
    dict_keys(I.builtins, names);
    return closest_name(names, name);
}

std::string attribute_error_suggestion(Interp& I, Value obj, std::string_view name) {
    std::vector<std::string_view> names;
    if (obj.is_obj()) {
        switch (obj.o->kind) {
            case Kind::Instance: dict_keys(inst_dict(I, as<InstanceObj>(obj)), names); break;
            case Kind::Exception: dict_keys(static_cast<InstanceObj*>(obj.o)->dict, names); break;
            case Kind::Module: dict_keys(static_cast<ModuleObj*>(obj.o)->dict, names); break;
            case Kind::Type:
                for (TypeObj* t : static_cast<TypeObj*>(obj.o)->mro) dict_keys(t->dict, names);
                break;
            default: break;
        }
    }
    if (!is_kind(obj, Kind::Type) && !is_kind(obj, Kind::Module))
        for (TypeObj* t : type_of(I, obj)->mro) dict_keys(t->dict, names);
    // dir() is sorted and without duplicates.
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return closest_name(names, name);
}

} // namespace loopscope
