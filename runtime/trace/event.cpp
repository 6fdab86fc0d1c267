// event.cpp - names of the trace's enums, as they appear in the JSON trace (docs/trace-schema.md).
// These strings are part of the stable schema: never rename one.
#include "trace/event.h"

namespace loopscope::trace {

const char* event_kind_name(EventKind k) {
    switch (k) {
        case EventKind::ScriptStarted: return "ScriptStarted";
        case EventKind::ScriptFinished: return "ScriptFinished";
        case EventKind::LoopStarted: return "LoopStarted";
        case EventKind::LoopStopped: return "LoopStopped";
        case EventKind::ClockJump: return "ClockJump";
        case EventKind::Deadlock: return "Deadlock";
        case EventKind::TaskCreated: return "TaskCreated";
        case EventKind::TaskRenamed: return "TaskRenamed";
        case EventKind::TaskStep: return "TaskStep";
        case EventKind::TaskSuspended: return "TaskSuspended";
        case EventKind::TaskFinished: return "TaskFinished";
        case EventKind::TaskFailed: return "TaskFailed";
        case EventKind::TaskCancelled: return "TaskCancelled";
        case EventKind::CancelRequested: return "CancelRequested";
        case EventKind::LoopBlocked: return "LoopBlocked";
        case EventKind::HandleScheduled: return "HandleScheduled";
        case EventKind::HandleRun: return "HandleRun";
        case EventKind::HandleSkipped: return "HandleSkipped";
        case EventKind::TimerScheduled: return "TimerScheduled";
        case EventKind::TimerFired: return "TimerFired";
        case EventKind::TimerCancelled: return "TimerCancelled";
        case EventKind::BlockingSleep: return "BlockingSleep";
        case EventKind::ThreadStarted: return "ThreadStarted";
        case EventKind::ThreadFinished: return "ThreadFinished";
        case EventKind::PrimitiveState: return "PrimitiveState";
        case EventKind::Output: return "Output";
        case EventKind::Warning: return "Warning";
        case EventKind::Line: return "Line";
    }
    return "?";
}

const char* wait_kind_name(WaitKind k) {
    switch (k) {
        case WaitKind::None: return "None";
        case WaitKind::Sleep: return "Sleep";
        case WaitKind::Future: return "Future";
        case WaitKind::Task: return "Task";
        case WaitKind::Gather: return "Gather";
        case WaitKind::Wait: return "Wait";
        case WaitKind::WaitFor: return "WaitFor";
        case WaitKind::QueueGet: return "QueueGet";
        case WaitKind::QueuePut: return "QueuePut";
        case WaitKind::QueueJoin: return "QueueJoin";
        case WaitKind::Lock: return "Lock";
        case WaitKind::Event: return "Event";
        case WaitKind::Semaphore: return "Semaphore";
        case WaitKind::Condition: return "Condition";
        case WaitKind::Barrier: return "Barrier";
        case WaitKind::Thread: return "Thread";
        case WaitKind::TaskGroup: return "TaskGroup";
        case WaitKind::Network: return "Network";
        case WaitKind::File: return "File";
        case WaitKind::Database: return "Database";
        case WaitKind::Other: return "Other";
    }
    return "?";
}

const char* prim_kind_name(PrimKind k) {
    switch (k) {
        case PrimKind::None: return "None";
        case PrimKind::Queue: return "Queue";
        case PrimKind::Lock: return "Lock";
        case PrimKind::Event: return "Event";
        case PrimKind::Semaphore: return "Semaphore";
        case PrimKind::Condition: return "Condition";
        case PrimKind::Barrier: return "Barrier";
        case PrimKind::Connection: return "Connection";
    }
    return "?";
}

PrimKind prim_of_wait(WaitKind k) {
    switch (k) {
        case WaitKind::QueueGet:
        case WaitKind::QueuePut:
        case WaitKind::QueueJoin: return PrimKind::Queue;
        case WaitKind::Lock: return PrimKind::Lock;
        case WaitKind::Event: return PrimKind::Event;
        case WaitKind::Semaphore: return PrimKind::Semaphore;
        case WaitKind::Condition: return PrimKind::Condition;
        case WaitKind::Barrier: return PrimKind::Barrier;
        case WaitKind::Network:
        case WaitKind::File:
        case WaitKind::Database: return PrimKind::Connection;
        default: return PrimKind::None;
    }
}

bool wait_kind_from_name(std::string_view name, WaitKind* out) {
    for (int k = 0; k <= int(WaitKind::Other); ++k)
        if (name == wait_kind_name(WaitKind(k))) {
            *out = WaitKind(k);
            return true;
        }
    return false;
}

bool prim_kind_from_name(std::string_view name, PrimKind* out) {
    for (int k = 0; k <= int(PrimKind::Connection); ++k)
        if (name == prim_kind_name(PrimKind(k))) {
            *out = PrimKind(k);
            return true;
        }
    return false;
}

} // namespace loopscope::trace
