// unicode_db.cpp - see unicode_db.h. The text is parsed on first use: the classes and case
// mappings (a few thousand ranges) at the first question about a character, the names (some
// 33,000 of them) at the first question about a name.
#include "lang/unicode_db.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace loopscope::unicode {
namespace {

const char* const kCategories[] = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd",
                                   "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm",
                                   "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"};

struct Rule {
    uint32_t first, last;
    std::string prefix;
};

struct Table {
    bool parsed = false;
    uint32_t limit = 0; // code points below it have an entry
    std::vector<CharInfo> records;
    std::vector<uint32_t> starts; // range starts, ascending
    std::vector<uint16_t> range_record;
    std::vector<std::vector<uint32_t>> multi;
    // names, filled by parse_names
    std::string_view names_text;
    bool names_parsed = false;
    std::vector<uint32_t> name_cps;
    std::vector<std::string> names;
    std::vector<Rule> rules;
    // (a lookup by name scans these: it is rare, and the page's first load is kept small)
    std::vector<std::pair<std::string, uint32_t>> aliases;
    std::vector<std::pair<std::string, std::vector<uint32_t>>> sequences;
};

std::string g_provided;
Table g_full, g_latin1;
uint64_t g_missed = 0;

// A cursor over the text's lines.
struct Lines {
    std::string_view text;
    size_t pos = 0;
    bool next(std::string_view* line) {
        if (pos >= text.size()) return false;
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        *line = text.substr(pos, nl - pos);
        pos = nl + 1;
        return true;
    }
    // "#name N" -> N, 0 when the line is not that header.
    size_t header(const char* name) {
        std::string_view line;
        if (!next(&line) || line.size() < std::strlen(name) + 2 || line[0] != '#') return 0;
        if (line.substr(1, std::strlen(name)) != name) return 0;
        return std::strtoul(std::string(line.substr(std::strlen(name) + 2)).c_str(), nullptr, 10);
    }
};

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t at = 0;
    for (;;) {
        size_t p = s.find(sep, at);
        out.push_back(s.substr(at, p == std::string_view::npos ? p : p - at));
        if (p == std::string_view::npos) return out;
        at = p + 1;
    }
}

long num(std::string_view s, int base) {
    return std::strtol(std::string(s).c_str(), nullptr, base);
}

std::vector<uint32_t> code_points(std::string_view dotted) {
    std::vector<uint32_t> out;
    for (std::string_view h : split(dotted, '.')) out.push_back(static_cast<uint32_t>(num(h, 16)));
    return out;
}

void parse_props(Table& t, const char* text) {
    t.parsed = true;
    Lines in{text};
    std::string_view line;
    in.next(&line); // #version
    size_t n = in.header("records");
    t.records.reserve(n);
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        std::vector<std::string_view> f = split(line, ',');
        if (f.size() != 9) break;
        CharInfo r;
        r.flags = static_cast<uint16_t>(num(f[0], 16));
        r.category = static_cast<uint8_t>(num(f[1], 10));
        r.decimal = static_cast<int8_t>(num(f[2], 10));
        r.digit = static_cast<int8_t>(num(f[3], 10));
        r.has_numeric = !f[4].empty();
        if (r.has_numeric) r.numeric = std::strtod(std::string(f[4]).c_str(), nullptr);
        for (int k = 0; k < 4; ++k) {
            std::string_view m = f[5 + k];
            if (!m.empty() && m[0] == '=') {
                r.multi[k] = static_cast<int32_t>(t.multi.size());
                t.multi.push_back(code_points(m.substr(1)));
            } else {
                r.delta[k] = static_cast<int32_t>(num(m, 10));
            }
        }
        t.records.push_back(r);
    }
    n = in.header("ranges");
    uint32_t at = 0;
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        size_t comma = line.find(',');
        t.starts.push_back(at);
        t.range_record.push_back(static_cast<uint16_t>(num(line.substr(comma + 1), 10)));
        at += static_cast<uint32_t>(num(line.substr(0, comma), 16));
    }
    t.limit = at;
    t.names_text = std::string_view(text).substr(in.pos);
}

void parse_names(Table& t) {
    t.names_parsed = true;
    Lines in{t.names_text};
    std::string_view line;
    size_t n = in.header("rules");
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        std::vector<std::string_view> f = split(line, ',');
        t.rules.push_back({static_cast<uint32_t>(num(f[0], 16)),
                           static_cast<uint32_t>(num(f[1], 16)), std::string(f[2])});
    }
    n = in.header("names");
    t.names.reserve(n);
    t.name_cps.reserve(n);
    int64_t cp = -1;
    std::string prev;
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        size_t shared = static_cast<size_t>(line[0] - '0');
        std::string_view rest = line.substr(1);
        size_t semi = rest.find(';');
        int64_t gap = 0;
        if (semi != std::string_view::npos) {
            gap = num(rest.substr(semi + 1), 16);
            rest = rest.substr(0, semi);
        }
        cp += 1 + gap;
        std::string name = prev.substr(0, shared);
        name += rest;
        t.name_cps.push_back(static_cast<uint32_t>(cp));
        t.names.push_back(name);
        prev = std::move(name);
    }
    n = in.header("aliases");
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        size_t semi = line.find(';');
        t.aliases.emplace_back(std::string(line.substr(0, semi)),
                               static_cast<uint32_t>(num(line.substr(semi + 1), 16)));
    }
    n = in.header("sequences");
    for (size_t i = 0; i < n && in.next(&line); ++i) {
        size_t semi = line.find(';');
        t.sequences.emplace_back(std::string(line.substr(0, semi)),
                                 code_points(line.substr(semi + 1)));
    }
}

// The whole table when it is here, parsed; nullptr otherwise.
Table* full() {
    if (g_full.parsed) return &g_full;
    const char* text = unicode_table_text();
    if (!text && !g_provided.empty()) text = g_provided.c_str();
    if (!text) return nullptr;
    parse_props(g_full, text);
    return &g_full;
}

const CharInfo* find(const Table& t, uint32_t cp) {
    if (cp >= t.limit) return nullptr;
    auto it = std::upper_bound(t.starts.begin(), t.starts.end(), cp);
    return &t.records[t.range_record[size_t(it - t.starts.begin()) - 1]];
}

Table* names_table() {
    Table* t = full();
    if (!t) {
        ++g_missed;
        return nullptr;
    }
    if (!t->names_parsed) parse_names(*t);
    return t;
}

// Hangul syllables are named by rule (as the Unicode standard's chapter 3.12).
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;
const char* const kJamoL[kLCount] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                     "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
const char* const kJamoV[kVCount] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                     "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                     "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
const char* const kJamoT[kTCount] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                     "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// The longest of `jamo` that `s` starts with at *pos (as CPython's find_syllable).
int longest_jamo(std::string_view s, size_t* pos, const char* const* jamo, uint32_t count) {
    int best = -1;
    size_t best_len = 0;
    for (uint32_t i = 0; i < count; ++i) {
        size_t len = std::strlen(jamo[i]);
        if (len >= best_len && s.substr(*pos, len) == jamo[i] && (best < 0 || len > best_len)) {
            best = static_cast<int>(i);
            best_len = len;
        }
    }
    *pos += best_len;
    return best;
}

void put_utf8(std::string& out, uint32_t u) {
    if (u < 0x80) {
        out += static_cast<char>(u);
    } else if (u < 0x800) {
        out += static_cast<char>(0xC0 | (u >> 6));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        out += static_cast<char>(0xE0 | (u >> 12));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (u >> 18));
        out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (u & 0x3F));
    }
}

bool ieq_prefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 32);
        if (a != prefix[i]) return false;
    }
    return true;
}

} // namespace

void provide(std::string text) {
    if (unicode_table_text() || g_full.parsed) return;
    g_provided = std::move(text);
}

bool available() {
    return unicode_table_text() != nullptr || !g_provided.empty();
}

uint64_t missed() {
    return g_missed;
}

// The table that answers for `cp`: the whole one, or the Latin-1 part while that is all there
// is; nullptr (counted as missed) for other code points until the table arrives.
const Table* table_for(uint32_t cp) {
    if (const Table* t = full()) return t;
    if (cp < 0x100) {
        if (!g_latin1.parsed) parse_props(g_latin1, unicode_latin1_text());
        return &g_latin1;
    }
    ++g_missed;
    return nullptr;
}

const CharInfo* info(uint32_t cp) {
    const Table* t = table_for(cp);
    return t ? find(*t, cp) : nullptr;
}

const CharInfo* latin1_info(uint32_t cp) {
    if (!g_latin1.parsed) parse_props(g_latin1, unicode_latin1_text());
    return find(g_latin1, cp);
}

const char* category_name(uint8_t category) {
    return category < std::size(kCategories) ? kCategories[category] : "Cn";
}

bool append_mapping(std::string& out, uint32_t cp, Mapping m) {
    const Table* t = table_for(cp);
    const CharInfo* r = t ? find(*t, cp) : nullptr;
    if (!r) return false;
    const int k = static_cast<int>(m);
    if (r->multi[k] < 0) {
        put_utf8(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + r->delta[k]));
        return true;
    }
    for (uint32_t c : t->multi[size_t(r->multi[k])]) put_utf8(out, static_cast<uint32_t>(c));
    return true;
}

std::optional<uint32_t> lookup(std::string_view query, bool sequences, std::string* sequence) {
    Table* t = names_table();
    if (!t) return std::nullopt;
    std::string name(query);
    for (char& c : name)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (ieq_prefix(query, "HANGUL SYLLABLE ")) {
        std::string_view rest = std::string_view(query).substr(16);
        size_t pos = 0;
        int l = longest_jamo(rest, &pos, kJamoL, kLCount);
        int v = longest_jamo(rest, &pos, kJamoV, kVCount);
        int tt = longest_jamo(rest, &pos, kJamoT, kTCount);
        if (l >= 0 && v >= 0 && tt >= 0 && pos == rest.size())
            return kSBase + (uint32_t(l) * kVCount + uint32_t(v)) * kTCount + uint32_t(tt);
        return std::nullopt;
    }
    for (const Rule& r : t->rules) {
        // CPython matches the unified ideographs' prefix and hex digits exactly, the others
        // (stored with the names) ignoring ASCII case
        const bool exact = r.prefix == "CJK UNIFIED IDEOGRAPH";
        std::string_view q = exact ? query : std::string_view(name);
        if (q.size() <= r.prefix.size() + 1 || q.substr(0, r.prefix.size()) != r.prefix ||
            q[r.prefix.size()] != '-')
            continue;
        std::string_view hex = q.substr(r.prefix.size() + 1);
        if (hex.size() < 4 || hex.size() > 5) continue;
        uint32_t v = 0;
        bool ok = true;
        for (char c : hex) {
            if (c >= '0' && c <= '9')
                v = v * 16 + uint32_t(c - '0');
            else if (c >= 'A' && c <= 'F')
                v = v * 16 + uint32_t(c - 'A' + 10);
            else
                ok = false;
        }
        if (ok && v >= r.first && v <= r.last) return v;
    }
    for (size_t i = 0; i < t->names.size(); ++i)
        if (t->names[i] == name) return t->name_cps[i];
    for (const auto& [alias, cp] : t->aliases)
        if (alias == name) return cp;
    if (sequences) {
        for (const auto& [seq_name, cps] : t->sequences) {
            if (seq_name != name) continue;
            sequence->clear();
            for (uint32_t c : cps) put_utf8(*sequence, static_cast<uint32_t>(c));
            return static_cast<uint32_t>(cps[0]);
        }
    }
    return std::nullopt;
}

std::string name(uint32_t cp) {
    Table* t = names_table();
    if (!t) return {};
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        return std::string("HANGUL SYLLABLE ") + kJamoL[s / kNCount] +
               kJamoV[(s % kNCount) / kTCount] + kJamoT[s % kTCount];
    }
    for (const Rule& r : t->rules) {
        if (cp < r.first || cp > r.last) continue;
        char hex[16];
        std::snprintf(hex, sizeof hex, "-%04X", cp);
        return r.prefix + hex;
    }
    auto it = std::lower_bound(t->name_cps.begin(), t->name_cps.end(), cp);
    if (it != t->name_cps.end() && *it == cp) return t->names[size_t(it - t->name_cps.begin())];
    return {};
}

} // namespace loopscope::unicode
