#!/usr/bin/env python3
"""Random differential check of runtime/stdlib/py/decimal.py against CPython's own decimal
(_decimal): loads the playground's module into CPython under another name, runs the same random
operations (random numbers, contexts, traps) and format specs through both, and prints each
difference (result repr, raised signal list, flags). NaN hashes are identity-based and differ.

    python3 tools/decimal_vs_cpython.py [--seed N] [--ops N] [--formats N] [--only op,op]
"""
import argparse
import decimal as D
import importlib.util
import os
import random
import signal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location(
    'playground_decimal', os.path.join(ROOT, 'runtime', 'stdlib', 'py', 'decimal.py'))
M = importlib.util.module_from_spec(spec)
spec.loader.exec_module(M)

ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
             'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
UNARY = ['__neg__', '__pos__', '__abs__', 'sqrt', 'exp', 'ln', 'log10', 'normalize', 'next_plus',
         'next_minus', 'logb', 'to_integral_value', 'to_integral_exact', 'logical_invert',
         'number_class', 'is_normal', 'is_subnormal', 'to_eng_string', 'adjusted', 'as_tuple',
         '__int__', '__float__', '__round__', '__floor__', '__ceil__', 'as_integer_ratio',
         '__hash__', '__str__', 'copy_abs', 'copy_negate']
BINARY = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
          '__divmod__', '__pow__', 'compare', 'compare_signal', 'compare_total',
          'compare_total_mag', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'remainder_near',
          'next_toward', 'scaleb', 'shift', 'rotate', 'same_quantum', 'copy_sign', '__eq__',
          '__lt__', '__le__', 'logical_and', 'logical_or', 'logical_xor']


class Timeout(Exception):
    pass


def number(R):
    k = R.random()
    if k < 0.05:
        return R.choice(['NaN', 'sNaN', '-NaN12', 'Inf', '-Infinity', 'sNaN3'])
    if k < 0.12:
        return R.choice(['0', '-0', '0E+3', '0.000', '-0E-7'])
    if k < 0.2:
        return R.choice(['1', '-1', '1.0', '10', '0.1', '2', '100', '1.000', '-2', '3', '0.5'])
    nd = R.choice([1, 1, 2, 3, 5, 8, 12, 20, 30, 40])
    digits = ''.join(R.choice('0123456789') for _ in range(nd)).lstrip('0') or '0'
    if R.random() < 0.3:
        digits = R.choice(['9' * nd, '1' + '0' * (nd - 1), '5' * nd, '1' * nd])
    e = R.choice([0, 0, -1, -2, 1, 2, R.randint(-30, 30), R.randint(-8, 8)])
    return ('-' if R.random() < 0.3 else '') + digits + 'E%+d' % e


def context_args(R):
    kw = dict(prec=R.choice([1, 2, 3, 5, 9, 16, 28, 28, 28, 40]), rounding=R.choice(ROUNDINGS))
    if R.random() < 0.3:
        kw['Emax'] = R.choice([5, 10, 50, 100])
        kw['Emin'] = -R.choice([5, 10, 50, 100])
    if R.random() < 0.2:
        kw['clamp'] = 1
    return kw


def run(mod, kw, traps, op, args, ndigits):
    ctx = mod.Context(traps=[getattr(mod, t) for t in traps], **kw)
    mod.setcontext(ctx)
    try:
        xs = [mod.Decimal(a) for a in args]
        if op == 'fma':
            r = xs[0].fma(xs[1], xs[2])
        elif op == '__round__':
            r = round(xs[0], ndigits)
        else:
            r = getattr(xs[0], op)(*xs[1:])
        out = repr(r)
    except Timeout:
        raise
    except Exception as e:
        out = type(e).__name__ + ' ' + str(e)
    flags = sorted(k.__name__ for k, v in ctx.flags.items() if v)
    return out.replace('playground_decimal.', 'decimal.'), flags


def check_ops(R, n, only):
    bad = 0
    for _ in range(n):
        op = R.choice(UNARY + BINARY + ['fma'])
        if only and op not in only:
            continue
        kw = context_args(R)
        args = [number(R) for _ in range(1 if op in UNARY else 3 if op == 'fma' else 2)]
        if op in ('scaleb', 'shift', 'rotate', '__pow__') and R.random() < 0.6:
            args[1] = str(R.randint(-12, 12))
        if op.startswith('logical'):
            args = [''.join(R.choice('01') for _ in range(R.randint(1, 6))) for _ in args]
        if op == 'exp' and R.random() < 0.5:
            args[0] = R.choice(['1', '-1', '0.5', '2.3', '-10', '100', '1E-30', '12.5', '1000'])
        ndigits = R.randint(-3, 5)
        traps = R.choice([[], [], ['InvalidOperation', 'DivisionByZero', 'Overflow'],
                          ['Inexact', 'Overflow', 'Underflow', 'InvalidOperation',
                           'DivisionByZero']])
        want = run(D, kw, traps, op, args, ndigits)
        signal.alarm(5)
        try:
            got = run(M, kw, traps, op, args, ndigits)
        except Timeout:
            got = ('took over 5 s', [])
        signal.alarm(0)
        if want != got and not (op == '__hash__' and 'NaN' in args[0]):
            bad += 1
            print('DIFF', op, args, kw, traps, '\n  CPython:', want, '\n  ours:   ', got)
    return bad


def check_formats(R, n):
    bad = 0
    for _ in range(n):
        spec = ''
        if R.random() < 0.3:
            spec += R.choice(['', '*', '0', 'x']) + R.choice('<>=^')
        if R.random() < 0.3:
            spec += R.choice('+- ')
        if R.random() < 0.1:
            spec += 'z'
        if R.random() < 0.2:
            spec += '0'
        if R.random() < 0.4:
            spec += str(R.randint(1, 30))
        if R.random() < 0.3:
            spec += R.choice(',_')
        if R.random() < 0.6:
            spec += '.' + str(R.randint(0, 12))
        if R.random() < 0.8:
            spec += R.choice('eEfFgGn%')
        x = number(R)
        kw = dict(rounding=R.choice(ROUNDINGS), capitals=R.choice([0, 1]))
        outs = []
        for mod in (D, M):
            mod.setcontext(mod.Context(**kw))
            try:
                outs.append(format(mod.Decimal(x), spec))
            except Exception as e:
                outs.append(type(e).__name__ + ' ' + str(e))
        if outs[0] != outs[1]:
            bad += 1
            print('DIFF format', repr(x), repr(spec), kw, outs)
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--ops', type=int, default=3000)
    ap.add_argument('--formats', type=int, default=3000)
    ap.add_argument('--only', default='')
    a = ap.parse_args()

    def on_alarm(*_):
        raise Timeout()
    signal.signal(signal.SIGALRM, on_alarm)
    R = random.Random(a.seed)
    only = [s for s in a.only.split(',') if s]
    bad = check_ops(R, a.ops, only) + check_formats(R, a.formats)
    print(f'decimal_vs_cpython: {a.ops} operations, {a.formats} format specs, {bad} differences')
    raise SystemExit(1 if bad else 0)


if __name__ == '__main__':
    main()
