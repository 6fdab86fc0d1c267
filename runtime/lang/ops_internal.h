// ops_internal.h - helpers shared by the ops_*.cpp files and number_dunders.cpp (not part of
// the ops.h contract).
#pragma once

#include "lang/ops.h"

namespace loopscope {

// Numbers (int/bool/BigInt/float in any mix) under `op`; Undef when either operand is not a
// number or the operator does not apply (float << int). Error with an exception pending.
Value number_binop(Interp& I, BinOp op, Value a, Value b);
// Comparison of two numbers or two strs; Undef for any other pair.
Value fast_compare(Interp& I, Value a, Value b, CmpOp op);

} // namespace loopscope
