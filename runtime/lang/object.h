// object.h - heap objects of the Python-subset runtime.
//
// Every heap object derives from Obj: a kind (for fast type tests), its Python type, and the
// links the mark-and-sweep collector uses (heap.h). Objects are plain C++ structs; behaviour lives
// in free functions (ops.h, builtins_*.cpp) so a reader finds each concept by file name.
//
// Index:
//   [SECTION] Obj header       - kinds, the collector's hooks
//   [SECTION] Core values      - str, big int, tuple, list, dict, set, range, slice, cell
//   [SECTION] Code & functions - code, function, native function, bound method
//   [SECTION] Types & instances- type (class), instance, exception, module, property...
//   [SECTION] Iterators        - native iterator base
#pragma once

#include "lang/bigint.h"
#include "lang/str_text.h"
#include "lang/value.h"

#include <cstdint>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace loopscope {

struct Interp;
struct TypeObj;
struct DictObj;
struct Gc;

// ---------------------------------------------------------------------------------------------
// [SECTION] Obj header
// ---------------------------------------------------------------------------------------------

enum class Kind : uint8_t {
    Str,
    BigInt,
    Tuple,
    List,
    Dict,
    Set,
    Range,
    Slice,
    Cell,
    Code,
    Function,
    NativeFunction,
    BoundMethod,
    Type,
    Instance,
    Exception,
    Module,
    Generator, // generators, coroutines and async generators (see GenKind)
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Iterator, // native iterators (IterObj subclasses)
    DictView,
    Native, // other native objects (asyncio futures, tasks, primitives...)
};
static_assert(unsigned(Kind::Native) < 32, "Heap::dead_kinds keeps one bit per kind");

struct Obj {
    Kind kind;
    bool marked = false; // set by the collector's mark phase
    bool type_dict =
        false;        // DictObj: the dict of a class (bump_dict_version); Instance: a SplitObj
    bool fin = false; // has a finalizer to run when unreachable (finalize.h)
    uint8_t fin_probes = 0;  // drops of it that a probe found were not the last (finalize.h)
    bool fin_listed = false; // in Heap::fin_objects (finalize.h)
    uint16_t fin_depth = 0;  // the call depth it was made at, when `fin` (finalize.h)
    TypeObj* type;           // the Python type: type(x)

    Obj(Kind k, TypeObj* t) : kind(k), type(t) {}
    virtual ~Obj() = default;
    // Objects come from size-class pools (heap.cpp): the collector frees millions, and a free
    // list's push and pop cost far less than malloc and free. (Sized delete: a virtual
    // destructor passes the dynamic type's size.)
    static void* operator new(size_t n);
    static void operator delete(void* p, size_t n);
    // Report every object this one references (the collector's mark phase).
    virtual void mark_refs(Gc&) {}
    // Rough size, identical on native and wasm so collection points are deterministic.
    virtual size_t gc_size() const { return 32; }
    // The instance attribute dict of a builtin-typed object that has one (an instance of a
    // user subclass of dict, list...: SubclassObj), else nullptr.
    virtual DictObj** attr_slot() { return nullptr; }
};

template <typename T>
inline T* as(Value v) {
    return static_cast<T*>(v.o);
}
inline bool is_kind(Value v, Kind k) {
    return v.is_obj() && v.o->kind == k;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Core values
// ---------------------------------------------------------------------------------------------

// str: UTF-8 bytes plus the length in code points; indexing is O(1) when the text is ASCII.
// Made by StrObj::make / concat (strings.cpp): the text follows the fields in the same
// allocation, or lies in a block shared by strs made by appending (str_text.h).
// The length in code points shares a word with the flags: the header is 56 bytes on a 64-bit
// build (8 bytes of text in a 64-byte block, 24 in 80; CPython's compact str is 49 + length).
struct StrObj : Obj {
    StrText s;                 // never changes once made (see str_text.h)
    mutable int64_t hash = -1; // cached; -1 = not yet computed
    int64_t cp_len : 61;       // length in code points
    bool ascii : 1;
    bool interned : 1 = false;
    bool in_block : 1 = false; // s lies in a shared block (shared() after the fields); else tail_
    char tail_[8];             // the text runs on from here past the end of the struct

    // A fresh str of type t holding a copy of text (its length counted, or as given).
    static StrObj* make(Interp& I, TypeObj* t, std::string_view text);
    static StrObj* make(Interp& I, TypeObj* t, std::string_view text, int64_t code_points,
                        bool is_ascii);
    // A fresh str of n bytes of text that the caller writes (blank_text()) before the next
    // allocation, its length in code points known.
    static StrObj* make_blank(Interp& I, TypeObj* t, size_t n, int64_t code_points, bool is_ascii);
    char* blank_text() { return const_cast<char*>(s.data()); }
    // A fresh str a + b (of type str), in a's block when a's text can grow there.
    static StrObj* concat(Interp& I, const StrObj* a, const StrObj* b);
    // An instance of t, a user subclass of str (SubclassObj<StrObj>), with from's text.
    static StrObj* make_subclass(Interp& I, TypeObj* t, const StrObj* from);
    // f-strings (vm_cold.cpp): FORMAT_VALUE notes r, its result, when formatting v (an int, a
    // float or a str: no Python code ran) made it after the heap had `objects_before` objects
    // and `collections_before` collections (so only the value stack holds it; any other result
    // is forgotten); BUILD_STRING frees the noted ones among its items once it copied them, as
    // CPython's reference counts do.
    static void note_formatted(Interp& I, Value v, Value r, size_t objects_before,
                               size_t collections_before);
    static void free_formatted(Interp& I, const Value* items, uint32_t n);
    ~StrObj() override;
    // Frees the allocation of the object's real size (its text included).
    void operator delete(StrObj* p, std::destroying_delete_t);
    size_t gc_size() const final;

    // (the allocation of an object and its text: make, concat, make_subclass)
    struct Bytes {
        size_t n;
    };
    static void* operator new(size_t, Bytes b) { return Obj::operator new(b.n); }

protected:
    StrObj(TypeObj* t, int64_t code_points, bool is_ascii)
        : Obj(Kind::Str, t), cp_len(code_points), ascii(is_ascii) {}

private:
    struct Block;
    struct Shared {
        Block* blk;
        size_t charge; // bytes this text added to the heap
    };
    static StrObj* adopt(Interp& I, StrObj* o);
    size_t alloc_size() const;
    char* text_at() { return tail_; }
    Shared& shared() const {
        return *reinterpret_cast<Shared*>(const_cast<char*>(reinterpret_cast<const char*>(this)) +
                                          sizeof(StrObj));
    }
};

static_assert(sizeof(void*) != 8 || sizeof(StrObj) == 64, "a str's header is 56 bytes");

struct BigIntObj : Obj {
    BigInt v;
    BigIntObj(TypeObj* t, BigInt x) : Obj(Kind::BigInt, t), v(std::move(x)) {}
    size_t gc_size() const override { return 64; }
};

// tuple: its items follow the object's fields in the same block (one allocation, as CPython's
// tuples), written by whoever made it before the next allocation and fixed from then on.
struct TupleObj : Obj {
    std::span<Value> items; // points just past the (most derived) object

    // A fresh tuple of type t (tuple or a user subclass of it) of n items, all None for the
    // caller to write.
    static TupleObj* make(Interp& I, TypeObj* t, size_t n);
    // The same with its items unset: the caller writes them all before the next allocation.
    static TupleObj* make_blank(Interp& I, TypeObj* t, size_t n);
    // A fresh tuple of type t holding a copy of p[0..n).
    static TupleObj* make(Interp& I, TypeObj* t, const Value* p, size_t n);
    static TupleObj* make(Interp& I, TypeObj* t, std::span<const Value> xs) {
        return make(I, t, xs.data(), xs.size());
    }
    void mark_refs(Gc&) override;
    // (as when the items were a block of their own with malloc's header: collection points stay)
    size_t gc_size() const final { return 48 + (items.empty() ? 0 : 16 + 16 * items.size()); }
    // Frees the allocation of the object's real size (its items included).
    void operator delete(TupleObj* p, std::destroying_delete_t);

protected:
    explicit TupleObj(TypeObj* t) : Obj(Kind::Tuple, t) {}

private:
    struct Bytes {
        size_t n;
    };
    static void* operator new(size_t, Bytes b) { return Obj::operator new(b.n); }
};

struct ListObj : Obj {
    std::vector<Value> items;
    ListObj(TypeObj* t, std::vector<Value> xs) : Obj(Kind::List, t), items(std::move(xs)) {}
    void mark_refs(Gc&) override;
    size_t gc_size() const override { return 48 + (items.empty() ? 0 : 16 + 16 * items.size()); }
};

// The index of a dict's table (slots holding positions in `entries`): kept inside the dict, one
// byte a slot, while it has at most 16 slots (dicts of up to 10 entries: instance dicts and
// records), 4 bytes a slot in a block of its own when larger (as CPython's dk_indices widen
// with the table). A DictObj is 80 bytes (it was 96 with 8 four-byte slots inside).
class DictIndex {
public:
    DictIndex() = default;
    ~DictIndex() { release(); }
    DictIndex(const DictIndex&) = delete;
    DictIndex& operator=(const DictIndex&) = delete;
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    bool small() const { return n_ <= kSmall; }
    int32_t operator[](size_t i) const { return small() ? int32_t(small_[i]) : big_[i]; }
    void set(size_t i, int32_t v) {
        if (small())
            small_[i] = int8_t(v);
        else
            big_[i] = v;
    }
    // The slots' values in order (for range-for).
    class Iter {
    public:
        Iter(const DictIndex* d, size_t i) : d_(d), i_(i) {}
        int32_t operator*() const { return (*d_)[i_]; }
        Iter& operator++() {
            ++i_;
            return *this;
        }
        bool operator!=(const Iter& o) const { return i_ != o.i_; }

    private:
        const DictIndex* d_;
        size_t i_;
    };
    Iter begin() const { return Iter(this, 0); }
    Iter end() const { return Iter(this, n_); }
    // n slots (a power of two), all `v`.
    void assign(size_t n, int32_t v) {
        if (n != n_) {
            release();
            if (n > kSmall) big_ = new int32_t[n];
            n_ = uint32_t(n);
        }
        fill(v);
    }
    void fill(int32_t v) {
        if (small())
            for (size_t i = 0; i < n_; ++i) small_[i] = int8_t(v);
        else
            for (size_t i = 0; i < n_; ++i) big_[i] = v;
    }
    void clear() {
        release();
        n_ = 0;
    }
    void swap(DictIndex& o) {
        DictIndex t;
        t.take(*this);
        take(o);
        o.take(t);
    }

private:
    static constexpr size_t kSmall = 16;
    void release() {
        if (n_ > kSmall) delete[] big_;
        n_ = 0;
    }
    // Move o's slots here (this holds none); o is left empty.
    void take(DictIndex& o) {
        if (o.n_ > kSmall)
            big_ = o.big_;
        else
            for (size_t i = 0; i < o.n_; ++i) small_[i] = o.small_[i];
        n_ = o.n_;
        o.n_ = 0;
    }
    // (which one holds the slots follows from n_: no pointer to them; a small table's slots
    // hold -1 empty, -2 deleted or a position below 16, a set table's dummies -2 - position)
    union {
        int8_t small_[kSmall];
        int32_t* big_;
    };
    uint32_t n_ = 0;
};

// One entry of a dict's table: 32 bytes natively, where a hash and two 16-byte Values took 40.
// The value is a Value; the key is its payload plus its tag, which natively lies in the
// value's padding (in wasm a Value's tag fills 8 bytes: the key's tag has a field of its own
// there, 40 bytes). Read and written through key() / value() and set_key() / set_value()
// (a Value written straight over value() would overwrite the key's tag), copied whole (with
// the padding). An Undef key marks a deleted entry.
struct DictEntry {
    int64_t hash = 0;

    DictEntry() { set_key_tag(Tag::None); }
    DictEntry(int64_t h, Value k, Value v) : hash(h), value_(v) { set_key(k); }
    DictEntry(const DictEntry& o) { std::memcpy(static_cast<void*>(this), &o, sizeof o); }
    DictEntry& operator=(const DictEntry& o) {
        std::memcpy(static_cast<void*>(this), &o, sizeof o);
        return *this;
    }
    Tag key_tag() const {
#ifdef __EMSCRIPTEN__
        return Tag(key_tag_);
#else
        return Tag(reinterpret_cast<const uint8_t*>(&value_)[1]);
#endif
    }
    Value key() const {
        Value r;
        r.tag = key_tag();
        std::memcpy(&r.i, &key_bits_, sizeof key_bits_);
        return r;
    }
    // The key's object when it is one, else nullptr (the caches' identity checks).
    Obj* key_obj() const {
        return key_tag() == Tag::Obj ? reinterpret_cast<Obj*>(uintptr_t(key_bits_)) : nullptr;
    }
    const Value& value() const {
        return value_;
    }
    void set_key(Value k) {
        set_key_tag(k.tag);
        std::memcpy(&key_bits_, &k.i, sizeof key_bits_);
    }
    void set_value(Value v) {
        const Tag kt = key_tag();
        value_ = v;
        set_key_tag(kt);
    }
    // set_value where the key is known to be an object (the caches checked it: no load of its tag).
    void set_value_of_obj_key(Value v) {
        value_ = v;
        set_key_tag(Tag::Obj);
    }

private:
    void set_key_tag(Tag t) {
#ifdef __EMSCRIPTEN__
        key_tag_ = uint8_t(t);
#else
        reinterpret_cast<uint8_t*>(&value_)[1] = uint8_t(t);
#endif
    }
    uint64_t key_bits_ = 0;
    Value value_;
#ifdef __EMSCRIPTEN__
    uint8_t key_tag_ = 0;
#else
    static_assert(sizeof(Tag) == 1 && sizeof(Value) == 16, "the key's tag is in value_'s padding");
#endif
};
#ifndef __EMSCRIPTEN__
static_assert(sizeof(DictEntry) == 32);
#endif

// A dict's entries: the subset of std::vector's interface the tables use, in 16 bytes (a
// pointer and two 32-bit counts, where std::vector takes three pointers). Grows as
// std::vector does.
class DictEntries {
public:
    DictEntries() = default;
    ~DictEntries() { free_block(); }
    DictEntries(const DictEntries&) = delete;
    DictEntries& operator=(const DictEntries&) = delete;
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    size_t capacity() const { return cap_; }
    DictEntry* data() { return p_; }
    DictEntry& operator[](size_t i) { return p_[i]; }
    const DictEntry& operator[](size_t i) const { return p_[i]; }
    DictEntry* begin() { return p_; }
    DictEntry* end() { return p_ + n_; }
    const DictEntry* begin() const { return p_; }
    const DictEntry* end() const { return p_ + n_; }
    DictEntry& back() { return p_[n_ - 1]; }
    void pop_back() { --n_; }
    void push_back(const DictEntry& e) {
        if (n_ == cap_) grow(cap_ ? 2 * size_t(cap_) : 1);
        p_[n_++] = e;
    }
    void reserve(size_t n) {
        if (n > cap_) grow(n);
    }
    void resize(size_t n) {
        reserve(n);
        for (size_t i = n_; i < n; ++i) p_[i] = DictEntry{};
        n_ = uint32_t(n);
    }
    void clear() { n_ = 0; }
    void swap(DictEntries& o) {
        std::swap(p_, o.p_);
        std::swap(n_, o.n_);
        std::swap(cap_, o.cap_);
    }

private:
    void grow(size_t cap);
    void free_block() {
        if (p_) ::operator delete(p_, sizeof(DictEntry) * cap_);
    }
    DictEntry* p_ = nullptr;
    uint32_t n_ = 0;
    uint32_t cap_ = 0;
};

// Every dict's version is drawn from one counter, at its creation and at each mutation: a
// version names one state of one dict (LOAD_GLOBAL's cache needs nothing else to tell dicts
// apart; an address may be reused).
inline uint64_t g_dict_version = 0;

// dict: insertion-ordered open-addressing table, as CPython's compact dict.
struct DictObj : Obj {
    using Entry = DictEntry;
    DictEntries entries;                 // in insertion order, with holes
    DictIndex index;                     // -1 empty, -2 deleted, else position in entries
    int32_t used = 0;                    // live entries
    int32_t dummies = 0;                 // index slots marked deleted (dict tables; see dict.cpp)
    uint64_t version = ++g_dict_version; // changed by every mutation (iteration checks, caches)

    explicit DictObj(TypeObj* t) : Obj(Kind::Dict, t) {}
    void mark_refs(Gc&) override;
    // (the object, the entries' block with malloc's header, an index too large to be inside)
    size_t gc_size() const override {
        return 112 + (entries.empty() ? 0 : 16 + 40 * entries.size()) +
               (index.size() > 8 ? 16 + 4 * index.size() : 0);
    }
};

// Bumped whenever the dict of any class changes: a type's version tag (type_version, classes.h)
// is checked against its MRO's dicts only after it moved.
inline uint64_t g_type_dict_epoch = 1;

// Every mutation of a dict goes through here (iteration checks, LOAD_GLOBAL's cache, the type
// lookup cache).
inline void bump_dict_version(DictObj* d) {
    d->version = ++g_dict_version;
    if (d->type_dict) ++g_type_dict_epoch;
}

// set / frozenset share the dict's table with unused values. The table (a DictObj whose type
// is `set`: set_table.cpp) lies inside the set's own block, as CPython's set holds its table's
// header: one object to make, mark and free, not two. It is never an object of the heap's own
// (nothing else refers to it; the set marks its entries).
struct SetObj : Obj {
    DictObj* table; // &own: values are None
    bool frozen;
    DictObj own;
    // `set_type`: the `set` type, which marks the table as a set table.
    SetObj(TypeObj* t, TypeObj* set_type, bool is_frozen)
        : Obj(Kind::Set, t), table(&own), frozen(is_frozen), own(set_type) {}
    SetObj(const SetObj&) = delete;
    SetObj& operator=(const SetObj&) = delete;
    void mark_refs(Gc&) override;
    // what the set and its table counted as two objects (collection points stay where they were)
    size_t gc_size() const override { return 32 + own.gc_size(); }
};

struct RangeObj : Obj {
    int64_t start, stop, step;
    RangeObj(TypeObj* t, int64_t a, int64_t b, int64_t s)
        : Obj(Kind::Range, t), start(a), stop(b), step(s) {}
    int64_t length() const;
};

struct SliceObj : Obj {
    Value start, stop, step;
    SliceObj(TypeObj* t, Value a, Value b, Value c)
        : Obj(Kind::Slice, t), start(a), stop(b), step(c) {}
    void mark_refs(Gc&) override;
};

// A variable captured by an inner function (closures, nonlocal).
struct CellObj : Obj {
    Value value = Value::undef();
    explicit CellObj(TypeObj* t) : Obj(Kind::Cell, t) {}
    void mark_refs(Gc&) override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Code & functions
// ---------------------------------------------------------------------------------------------

enum CodeFlags : uint32_t {
    CO_GENERATOR = 1 << 0,
    CO_COROUTINE = 1 << 1,
    CO_ASYNC_GENERATOR = 1 << 2,
    CO_VARARGS = 1 << 3,
    CO_VARKEYWORDS = 1 << 4,
    CO_MODULE = 1 << 5,
    CO_CLASS_BODY = 1 << 6,
    // The runtime's own Python (the embedded standard and asyncio modules, not the program's):
    // set by stdlib/python_source.cpp. Frames of such code are left out of the learner's view.
    CO_LIBRARY = 1 << 7,
};

// One row of the exception table: an exception raised by an instruction in [start, end)
// jumps to `target` with the value stack cut to `depth` (as CPython 3.11's co_exceptiontable).
struct ExcEntry {
    uint32_t start, end, target;
    uint32_t depth;
    bool push_lasti;
};

// What an attribute cache entry (CodeObj::AttrEntry) says a receiver's attribute is, as
// CPython 3.11's specialized LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES...
enum class AttrKind : uint8_t {
    None,
    InstanceValue, // in the instance dict at `index` (no data descriptor on the class)
    InstanceSlot,  // a split instance's vals[index] (inst_values.h), as InstanceValue
    ClassValue,    // `value` on the class, needs no binding, no instance shadows it
    Method,        // the Python function `value` on the class, no instance shadows it
    Property,      // a property whose getter is the Python function `value`
    TypeValue,     // on a class itself (its metaclass: type): `value`
    ModuleValue,   // in a module's dict at `index`
    NativeMethod,  // LOAD_METHOD: the method `value` of a builtin type, called with self
};

struct CodeObj : Obj {
    std::vector<uint32_t> code; // instructions: 8-bit opcode | 24-bit argument
    std::vector<int32_t> lines; // source line of each instruction
    // the source range of each instruction, run-length and LEB128 encoded (lang/positions.h)
    std::vector<uint8_t> positions;
    std::vector<Value> consts;
    std::vector<StrObj*> names;    // global / attribute names
    std::vector<StrObj*> varnames; // fast locals: arguments first
    std::vector<StrObj*> cellnames;
    std::vector<StrObj*> freenames;
    std::vector<int32_t> cell_arg;  // for each cell: the argument slot it starts from, or -1
    std::vector<ExcEntry> handlers; // innermost first
    StrObj* name = nullptr;
    StrObj* qualname = nullptr;
    StrObj* filename = nullptr;
    StrObj* doc = nullptr; // the docstring of a function body, if it starts with one
    int32_t firstlineno = 1;
    int32_t argcount = 0; // positional (incl. positional-only)
    int32_t posonlyargcount = 0;
    int32_t kwonlyargcount = 0;
    int32_t stacksize = 0;
    uint32_t flags = 0;
    // Calls so far, up to kCodeWarmCalls: CPython 3.11 runs a code object's first calls
    // unspecialized, where every call of a builtin counts a level of the recursion limit.
    uint8_t calls = 0;
    // Set when the unit is compiled (compiler_stmt.cpp): the positional argument count of a
    // plain function (no *args/**kw/keyword-only, cells or free variables, not a generator or
    // coroutine), whose exact positional calls the VM binds inline, else -1; and the slots a
    // frame of this code takes (Frame::create).
    int16_t fast_argc = -1;
    int32_t frame_size = 0;
    // LOAD_GLOBAL's cache, one entry per name (LOAD_NAME's and STORE_NAME's too in a module
    // frame): the value found while the globals and builtins dicts had these versions
    // (g_dict_version); for a name of the globals also its entries[index] there, whose value is
    // current while its key is still the name. Not marked: a hit implies the dict still holds it.
    struct GlobalCache {
        uint64_t globals_version = 0;
        uint64_t builtins_version = 0;
        Value value;
        int64_t index = -1;
    };
    std::vector<GlobalCache> global_cache;
    // LOAD_ATTR's, LOAD_METHOD's and STORE_ATTR's caches, one per name with a few ways for
    // polymorphic sites (classes.h, attr_cache_*): what the attribute of a receiver with this
    // key is, valid while the key holds (a type's version tag). Not
    // marked: a hit implies the class dict still holds `value`; a dead type's tags
    // are never handed out again.
    struct AttrEntry {
        TypeObj* type = nullptr; // the instance's type, the class itself; nullptr: a module
        uint64_t version = 0;    // attr_cache_key: 0 never matches
        Value value;             // the method, class attribute, property getter
        uint32_t index = 0;      // InstanceValue, ModuleValue: the position in the dict
        AttrKind kind = AttrKind::None;
    };
    struct AttrCache {
        static constexpr int kWays = 4;
        AttrEntry ways[kWays];
        uint8_t next = 0; // the way the next fill replaces (round robin)
    };
    std::vector<AttrCache> load_attr_cache;
    std::vector<AttrCache> store_attr_cache;

    explicit CodeObj(TypeObj* t) : Obj(Kind::Code, t) {}
    void mark_refs(Gc&) override;
    size_t gc_size() const override { return 256 + 8 * code.size() + positions.size(); }
    int32_t nlocals() const { return int32_t(varnames.size()); }
    int32_t nslots() const {
        return int32_t(varnames.size() + cellnames.size() + freenames.size());
    }
    int32_t total_args() const {
        return argcount + kwonlyargcount + ((flags & CO_VARARGS) ? 1 : 0) +
               ((flags & CO_VARKEYWORDS) ? 1 : 0);
    }
};

// The one rule for "the runtime's own code, not the learner's" (CO_LIBRARY).
inline bool is_library_code(const CodeObj* c) {
    return (c->flags & CO_LIBRARY) != 0;
}

struct FunctionObj : Obj {
    CodeObj* code;
    DictObj* globals;
    std::vector<Value> defaults;   // for the last positional parameters
    DictObj* kwdefaults = nullptr; // for keyword-only parameters
    std::vector<CellObj*> closure; // one per code->freenames
    DictObj* dict = nullptr;       // function attributes (f.x = 1)
    StrObj* name;
    StrObj* qualname;
    Value doc;

    FunctionObj(TypeObj* t, CodeObj* c, DictObj* g)
        : Obj(Kind::Function, t), code(c), globals(g), name(c->name), qualname(c->qualname) {}
    void mark_refs(Gc&) override;
};

// Arguments of a call as the VM lays them out: positional values, then keyword values whose
// names are in `kwnames` (a tuple of str), as CPython's vectorcall.
struct CallArgs {
    const Value* args;
    int32_t nargs;     // positional
    TupleObj* kwnames; // nullptr when no keywords
    int32_t nkw() const { return kwnames ? int32_t(kwnames->items.size()) : 0; }
    const Value* kwvalues() const { return args + nargs; }
};

using NativeFn = Value (*)(Interp& I, Value self, const CallArgs& a);

// A builtin function or method. `self` is bound for methods of builtin objects
// (e.g. the list in `xs.append`), else Undef.
struct NativeFunctionObj : Obj {
    NativeFn fn;
    StrObj* name;
    Value self = Value::undef();
    Value data = Value::undef(); // extra state some natives keep (e.g. a partial)
    // A method of a builtin type, stored unbound in the type's dict: when called unbound its
    // first argument is `self` (the VM's LOAD_METHOD/CALL passes the receiver that way).
    bool is_method = false;
    // `fn` keeps every value it holds across calls into Python reachable (heap.h); call it
    // with call_native() (interp.h).
    bool rooted = false;
    // A method of int (1) or float (2): called on an instance of a subclass of that type
    // (NumberObj) it works on the number the instance carries (call_native unwraps `self`).
    uint8_t number_method = 0;
    // `fn` counts a level of the recursion limit itself (ops.h: enter_c_level).
    bool counts_level = false;

    NativeFunctionObj(TypeObj* t, NativeFn f, StrObj* n)
        : Obj(Kind::NativeFunction, t), fn(f), name(n) {}
    void mark_refs(Gc&) override;
};

struct BoundMethodObj : Obj {
    Value func;
    Value self;
    BoundMethodObj(TypeObj* t, Value f, Value s) : Obj(Kind::BoundMethod, t), func(f), self(s) {}
    void mark_refs(Gc&) override;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Types & instances
// ---------------------------------------------------------------------------------------------

// Which C++ struct instances of a type are (user classes inherit it from their bases).
enum class Layout : uint8_t { Object, Exception, Builtin };

struct TypeObj : Obj {
    StrObj* name;
    StrObj* qualname;
    std::vector<TypeObj*> bases;
    std::vector<TypeObj*> mro; // starts with this type
    DictObj* dict;
    Layout layout = Layout::Object;
    Kind instance_kind = Kind::Instance; // kind of builtin instances (int, str... use their kind)
    bool is_builtin = false;
    // Constructor of builtin types: type(args) -> instance. User classes use __new__/__init__.
    NativeFn new_fn = nullptr;
    bool new_rooted = false; // new_fn is a rooted native (heap.h)
    // __slots__ without '__dict__' here and in every base: instances take only those names.
    bool slots_only = false;
    // A user subclass of int or float (class Celsius(float)): that builtin type; its instances
    // are NumberObj carrying the number. nullptr for every other type.
    TypeObj* number_base = nullptr;
    // Does the MRO define __getattribute__ / __setattr__ as Python functions? Answered by
    // refresh_type_hooks (ops_attr.cpp) once per g_type_dict_epoch, so plain attribute access
    // and LOAD_METHOD skip both lookups.
    bool user_getattribute = false;
    bool user_setattr = false;
    bool user_del = false; // a Python __del__ in the MRO (finalize.h), refreshed with the two
    // The most attributes an instance's dict was seen to hold (up to 16, so that one instance
    // used as a namespace does not make every other one reserve room for hundreds): new
    // instances' dicts reserve that many entries (new_instance_dict), not growing 1, 2, 4 (a
    // Point with 3 attributes held room for 4).
    uint8_t attrs_seen = 0;
    // Names ever stored in the dict of an instance of this type (interned; classes.h,
    // note_instance_name), unless inst_names_unknown: the dicts were handed out (__dict__).
    // A method found on the class and not listed here is not shadowed by any instance.
    bool inst_names_unknown = false;
    std::vector<StrObj*> inst_names;
    // The keys split instances share (inst_values.h): names (interned) in the order instances
    // first stored them, at most kSharedKeysMax.
    std::vector<StrObj*> shared_keys;
    uint64_t hooks_epoch = 0; // the version tag user_getattribute... were computed for
    // The version tag (type_version, classes.h): a fresh number from g_dict_version whenever a
    // dict in the MRO changed (vtag_max: the largest of their versions when last checked, at
    // g_type_dict_epoch vtag_epoch) or an instance shadowed a class attribute.
    uint64_t vtag = 0, vtag_max = 0, vtag_epoch = 0;

    TypeObj(TypeObj* meta, StrObj* n, DictObj* d)
        : Obj(Kind::Type, meta), name(n), qualname(n), dict(d) {
        if (d) {
            d->type_dict = true;
            ++g_type_dict_epoch;
        }
    }
    void mark_refs(Gc&) override;
};

struct InstanceObj : Obj {
    DictObj* dict;
    InstanceObj(TypeObj* t, DictObj* d) : Obj(Kind::Instance, t), dict(d) {}
    InstanceObj(Kind k, TypeObj* t, DictObj* d) : Obj(k, t), dict(d) {}
    void mark_refs(Gc&) override;
};

// The instance of a user class (not of an int / float subclass: NumberObj), marked by its
// header's type_dict. It starts `split` (lang/inst_values.h, as CPython 3.11's inline values)
// unless its __slots__ leave no __dict__: its attributes are vals[0, nvals), the values of its
// class's first nvals shared keys, with no dict. A dict is made the first time one is needed
// (__dict__, a deletion, a key out of the class's order): from then on `dict` is the storage.
struct SplitObj : InstanceObj {
    Value* vals = nullptr; // split: room for `cap` values
    uint32_t nvals = 0;
    uint16_t cap = 0;
    bool split;
    SplitObj(TypeObj* t, bool s) : InstanceObj(t, nullptr), split(s) { type_dict = true; }
    ~SplitObj() override;
    void mark_refs(Gc&) override;
    // split: what the instance and the dict it stands for weighed (inst_values.cpp)
    size_t gc_size() const override;
};
inline SplitObj* as_split(Obj* o) {
    return o->kind == Kind::Instance && o->type_dict ? static_cast<SplitObj*>(o) : nullptr;
}

// An instance of a user subclass of int or float (`class Flags(int)`, an IntEnum member): an
// ordinary instance (attribute dict, the class's methods) that also carries the number the
// base's natives compute with (number_value in ops.h unwraps it). Marked in heap.cpp.
struct NumberObj : InstanceObj {
    Value num; // small int, BigIntObj or float
    NumberObj(TypeObj* t, DictObj* d, Value n) : InstanceObj(t, d), num(n) {}
    void mark_refs(Gc&) override;
};

struct FrameObj;
struct TracebackObj;

// One line of a traceback: where a frame was when the exception passed through it.
struct TracebackEntry {
    CodeObj* code;
    int32_t line;
    int32_t lasti = -1;         // the instruction that raised or called (lang/positions.h)
    FrameObj* frame = nullptr;  // the frame's object (frame_objects.h)
    TracebackObj* tb = nullptr; // its `traceback` object, made when a program asks
};

struct ExceptionObj : InstanceObj {
    TupleObj* args;
    std::vector<TracebackEntry> traceback; // innermost first
    Value cause = Value::none();
    Value context = Value::none();
    bool suppress_context = false;
    // ExceptionGroup: message and the grouped exceptions.
    Value group_message = Value::undef();
    std::vector<Value> group;
    std::vector<Value> notes;
    // "Did you mean" hint shown by the traceback printer (NameError / AttributeError).
    std::string suggestion;

    ExceptionObj(TypeObj* t, DictObj* d, TupleObj* a)
        : InstanceObj(Kind::Exception, t, d), args(a) {}
    void mark_refs(Gc&) override;
};

struct ModuleObj : Obj {
    StrObj* name;
    DictObj* dict;
    ModuleObj(TypeObj* t, StrObj* n, DictObj* d) : Obj(Kind::Module, t), name(n), dict(d) {}
    void mark_refs(Gc&) override;
};

struct PropertyObj : Obj {
    Value fget, fset, fdel, doc;
    PropertyObj(TypeObj* t, Value g, Value s, Value d)
        : Obj(Kind::Property, t), fget(g), fset(s), fdel(d), doc(Value::none()) {}
    void mark_refs(Gc&) override;
};

// staticmethod / classmethod wrappers.
struct MethodWrapperObj : Obj {
    Value func;
    MethodWrapperObj(Kind k, TypeObj* t, Value f) : Obj(k, t), func(f) {}
    void mark_refs(Gc&) override;
};

struct SuperObj : Obj {
    TypeObj* start; // lookup starts after this type in the MRO of obj's type
    Value obj;
    TypeObj* obj_type;
    SuperObj(TypeObj* t, TypeObj* s, Value o, TypeObj* ot)
        : Obj(Kind::Super, t), start(s), obj(o), obj_type(ot) {}
    void mark_refs(Gc&) override;
};

// An instance of a user class deriving from a builtin type (`class Config(dict)`): the
// builtin object itself (so every native of the base works on it), typed by the subclass,
// with a dict for the instance's own attributes. Marked in heap.cpp.
template <typename Base>
struct SubclassObj : Base {
    DictObj* attrs = nullptr;
    using Base::Base;
    void mark_refs(Gc& gc) override;
    DictObj** attr_slot() override { return &attrs; }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Iterators
// ---------------------------------------------------------------------------------------------

// Base of native iterators (list_iterator, range_iterator, zip, map, ...).
// next() returns the next value, Undef when exhausted, or Error with an exception pending.
enum class SeqIterKind : uint8_t { Other, List, Tuple, Range }; // seq_iter.h
struct IterObj : Obj {
    // next() keeps every value it holds across calls into Python reachable (heap.h); advance
    // any iterator with next_native() (interp.h).
    bool rooted = false;
    SeqIterKind seq = SeqIterKind::Other; // FOR_ITER's inline cases (seq_iter.h)
    // Its items are pairs (enumerate, zip of two, dict items) that next_pair() gives without
    // making the tuple: `for a, b in ...` unpacks them at once, so no one can see it.
    bool pairs = false;
    explicit IterObj(TypeObj* t) : Obj(Kind::Iterator, t) {}
    virtual Value next(Interp& I) = 0;
    // When `pairs`: the next item's first value (its second in *second), or what next() would
    // return instead of a tuple (Undef at the end, Error).
    virtual Value next_pair(Interp&, Value*) { return Value::undef(); }
};

// dict.keys() / .values() / .items()
enum class ViewKind : uint8_t { Keys, Values, Items };
struct DictViewObj : Obj {
    DictObj* dict;
    ViewKind view;
    DictViewObj(TypeObj* t, DictObj* d, ViewKind v) : Obj(Kind::DictView, t), dict(d), view(v) {}
    void mark_refs(Gc&) override;
};

// Outcome of resuming a native awaitable/iterator (as CPython's PySendResult).
enum class SendStatus : uint8_t { Yield, Return, Error };

// Base of other native objects (asyncio's futures, tasks, locks...): behaviour via virtuals.
struct NativeObj : Obj {
    explicit NativeObj(TypeObj* t) : Obj(Kind::Native, t) {}
    DictObj* dict = nullptr; // optional attribute dict
    void mark_refs(Gc& gc) override;
    // Awaitable iterators (a Future's __await__, an async generator's asend): resume with `v`;
    // *out receives the yielded value (Yield) or the result (Return). Default: not awaitable.
    virtual SendStatus send(Interp& I, Value v, Value* out);
    // Resume by raising `exc` at the suspension point. Default: raise it unchanged.
    virtual SendStatus throw_(Interp& I, Value exc, Value* out);
};

} // namespace loopscope
