// complex_object.h - Python's complex (as CPython 3.11's complexobject.c): a pair of doubles
// on the heap. Instances of a user subclass (`class Z(complex)`) are NumberObj carrying one.
#pragma once

#include "lang/object.h"

namespace loopscope {

struct ComplexObj : NativeObj {
    double re, im;
    ComplexObj(TypeObj* t, double r, double i) : NativeObj(t), re(r), im(i) {}
    size_t gc_size() const override { return 48; }
};

// A fresh complex (exact type).
Value new_complex(Interp& I, double re, double im);
// Is `v` a complex, or an instance of a subclass of it? Its parts go to *re, *im.
bool complex_parts(Interp& I, Value v, double* re, double* im);
// x ** y for floats where CPython's float_pow hands over to complex (a negative base with a
// non-integral exponent: (-8) ** (1/3)).
Value complex_pow_of_floats(Interp& I, double x, double y);

} // namespace loopscope
