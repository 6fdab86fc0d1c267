// frame_objects.h - the `frame` and `traceback` objects a program sees (e.__traceback__,
// tb.tb_frame, sys._getframe(), inspect.currentframe()).
//
// The interpreter's frames (frame.h) are not objects: they are pooled and freed when the call
// ends. A FrameObj is made for a frame the first time a program or a traceback needs it
// (Frame::obj points to it) and follows it while it runs; when the frame ends, the FrameObj
// keeps a copy of its locals, its last line and its caller's frame object (frame_finished), as
// CPython's frame object outlives its activation. An exception's traceback entries (object.h,
// innermost first) each hold the FrameObj of their frame; the chain of TracebackObj that
// `e.__traceback__` shows is made from them on first use and kept, so `tb.tb_next` and
// identity behave as CPython's linked list (a frame the exception leaves is put at the head).
#pragma once

#include "lang/object.h"

#include <vector>

namespace loopscope {

struct Frame;

struct FrameObj : NativeObj {
    CodeObj* code;
    DictObj* globals;
    DictObj* locals_dict;      // module and class bodies: their namespace
    Frame* live;               // the frame while it exists, else nullptr
    int32_t line = 0;          // its last line once it ended
    bool module_frame = false; // f_locals is the globals
    std::vector<Value> locals; // its fast locals and cells once it ended
    FrameObj* back = nullptr;  // the caller's frame object once it ended

    FrameObj(TypeObj* t, Frame* f);
    ~FrameObj() override;
    void mark_refs(Gc& gc) override;
    size_t gc_size() const override { return sizeof(FrameObj) + locals.size() * sizeof(Value); }
    int32_t lineno() const;
};

struct TracebackObj : NativeObj {
    Value next = Value::none(); // the next entry inwards (TracebackObj) or None
    FrameObj* frame;
    int32_t lineno;
    int32_t lasti;
    TracebackObj(TypeObj* t, FrameObj* f, int32_t line, int32_t i)
        : NativeObj(t), frame(f), lineno(line), lasti(i) {}
    void mark_refs(Gc& gc) override;
};

// The frame object of `f`, made on first use.
FrameObj* frame_object(Interp& I, Frame* f);
// `f` ends (Frame::destroy): its frame object, if any, keeps a copy of what it showed. Runs in
// the collector's sweep too (a generator freed with its frame): it allocates nothing.
void frame_finished(Frame* f);
// e.__traceback__: the head of the chain (outermost entry), or None.
Value exception_traceback(Interp& I, ExceptionObj* e);
// e.__traceback__ = tb / e.with_traceback(tb): a traceback object or None (else TypeError).
bool set_exception_traceback(Interp& I, ExceptionObj* e, Value tb);
// The entries of the chain starting at `tb` (a TracebackObj or None), innermost first.
std::vector<TracebackEntry> traceback_entries(Interp& I, Value tb);
// The entries a report of `e` shows (innermost first): once the program made its traceback
// objects, the chain they link (tb_next is settable), then the entries added since.
std::vector<TracebackEntry> shown_traceback(Interp& I, ExceptionObj* e);
bool is_traceback(Interp& I, Value v);
bool is_frame(Interp& I, Value v);
// Registers the `frame` and `traceback` types (types.cpp).
void init_frame_objects(Interp& I);

} // namespace loopscope
