#!/usr/bin/env python3
"""Minimax (Remez exchange) polynomial fits for the Vector API transcendental kernels in
kernels/src/main/java/org/chagres/kernels/simd/ (SimdExp, SimdLog, SimdTanh).

Run with Debian's python3-mpmath:  python3 tools/fit_elementwise.py
Each fit minimises the maximum absolute error of a polynomial g(t) ~ sum c_k t^k on [a, b]
(plain Remez: n+2 alternation points, solve, move the points to the extrema of the error,
repeat until the extrema level out). It prints the coefficients rounded to double and to
float, as Java literals, and the max error of the rounded polynomial on a dense grid.

  q(r)  = (e^r - 1 - r) / r^2            on [-ln2/2, ln2/2]   exp(r) = 1 + r + r^2 q(r)
  R(z)  = (2 atanh(s) - 2 s) / (s z), z = s^2 on [0, (3 - 2 sqrt 2)^2]
                                           log(1 + f) = f - s (f - z R(z)), s = f / (2 + f)
  T(u)  = (tanh(x) - x) / x^3, u = x^2   on [0, 0.55^2]        tanh(x) = x + x^3 T(x^2)
"""
import mpmath as mp

mp.mp.dps = 60


def remez(g, a, b, degree, iterations=30):
    n = degree + 1
    # start from Chebyshev extrema
    xs = [(a + b) / 2 + (b - a) / 2 * mp.cos(mp.pi * i / (n)) for i in range(n + 1)]
    xs.sort()
    grid = [a + (b - a) * i / 4000 for i in range(4001)]
    gv = [g(x) for x in grid]
    for _ in range(iterations):
        m = mp.matrix(n + 1, n + 1)
        v = mp.matrix(n + 1, 1)
        for i, x in enumerate(xs):
            for k in range(n):
                m[i, k] = x ** k
            m[i, n] = (-1) ** i
            v[i] = g(x)
        sol = mp.lu_solve(m, v)
        c = [sol[k] for k in range(n)]
        err = [gv[i] - mp.polyval(c[::-1], grid[i]) for i in range(len(grid))]
        # local extrema of the error with alternating sign
        ext = [0]
        for i in range(1, len(grid) - 1):
            if (err[i] - err[i - 1]) * (err[i + 1] - err[i]) <= 0:
                ext.append(i)
        ext.append(len(grid) - 1)
        # merge same-sign neighbours keeping the larger
        alt = []
        for i in ext:
            if alt and mp.sign(err[alt[-1]]) == mp.sign(err[i]):
                if abs(err[i]) > abs(err[alt[-1]]):
                    alt[-1] = i
            else:
                alt.append(i)
        while len(alt) > n + 1:
            # drop the smaller end
            if abs(err[alt[0]]) < abs(err[alt[-1]]):
                alt.pop(0)
            else:
                alt.pop()
        if len(alt) < n + 1:
            break
        xs = [grid[i] for i in alt]
    worst = max(abs(e) for e in err)
    return c, worst


def rounded_error(g, a, b, c):
    pts = [a + (b - a) * i / 20000 for i in range(20001)]
    return max(abs(g(x) - mp.polyval(c[::-1], x)) for x in pts)


def show(name, g, a, b, degree, kind):
    c, e = remez(g, a, b, degree)
    if kind == 'double':
        cr = [mp.mpf(float(x)) for x in c]
        lits = [repr(float(x)) for x in c]
    else:
        import numpy as np
        cr = [mp.mpf(float(np.float32(float(x)))) for x in c]
        lits = [repr(float(np.float32(float(x)))) + 'f' for x in c]
    er = rounded_error(g, a, b, cr)
    print(f'{name} ({kind}, degree {degree}) on [{mp.nstr(a, 8)}, {mp.nstr(b, 8)}]: '
          f'minimax error {mp.nstr(e, 3)} = 2^{mp.nstr(mp.log(e, 2), 4)}, '
          f'rounded {mp.nstr(er, 3)} = 2^{mp.nstr(mp.log(er, 2), 4)}')
    for k, lit in enumerate(lits):
        print(f'    c{k} = {lit}')


def q(r):
    if abs(r) < mp.mpf('1e-20'):
        return mp.mpf(1) / 2 + r / 6
    return (mp.exp(r) - 1 - r) / r ** 2


def big_r(z):
    if z < mp.mpf('1e-30'):
        return mp.mpf(2) / 3 + 2 * z / 5
    s = mp.sqrt(z)
    return (2 * mp.atanh(s) - 2 * s) / (s * z)


def tt(u):
    if u < mp.mpf('1e-30'):
        return mp.mpf(-1) / 3 + 2 * u / 15
    x = mp.sqrt(u)
    return (mp.tanh(x) - x) / x ** 3


if __name__ == '__main__':
    import sys
    h = mp.log(2) / 2
    zmax = (3 - 2 * mp.sqrt(2)) ** 2
    fits = {
        'exp-double': lambda: show("exp q(r)", q, -h, h, 10, "double"),
        'exp-float': lambda: show('exp q(r)', q, -h, h, 4, 'float'),
        'log-double': lambda: show('log R(z)', big_r, mp.mpf(0), zmax, 6, 'double'),
        'log-float': lambda: show('log R(z)', big_r, mp.mpf(0), zmax, 2, 'float'),
        'tanh-float': lambda: show('tanh T(u)', tt, mp.mpf(0), mp.mpf('0.55') ** 2, 5, 'float'),
    }
    for name in sys.argv[1:] or fits:
        fits[name]()
