#!/usr/bin/env python3
"""Writes linalg/src/test/resources/org/chagres/linalg/reference.txt: determinants, inverses,
solutions and least-squares solutions of small matrices, computed with Debian's python3-mpmath
at 50 significant digits and printed to 25, so that every value is the double nearest the exact
one. Run from the repository root: python3 linalg/tools/linalg_reference.py"""

import mpmath as mp

mp.mp.dps = 50
OUT = "linalg/src/test/resources/org/chagres/linalg/reference.txt"


def fmt(x):
    return mp.nstr(mp.mpf(x), 25, min_fixed=0, max_fixed=0) if x != 0 else "0"


def row_major(m):
    return [m[i, j] for i in range(m.rows) for j in range(m.cols)]


def case(out, name, a, solve_b=None, inverse=True, lstsq_b=None):
    out.append(f"case {name} {a.rows} {a.cols}")
    out.append("A " + " ".join(fmt(v) for v in row_major(a)))
    if a.rows == a.cols:
        d = mp.det(a)
        out.append("det " + fmt(d))
        out.append("sign " + ("0" if d == 0 else ("1" if d > 0 else "-1")))
        if d != 0:
            out.append("logabsdet " + fmt(mp.log(abs(d))))
        if inverse and d != 0:
            out.append("inverse " + " ".join(fmt(v) for v in row_major(mp.inverse(a))))
    if solve_b is not None:
        x = mp.lu_solve(a, solve_b)
        out.append("b " + " ".join(fmt(v) for v in solve_b))
        out.append("x " + " ".join(fmt(v) for v in x))
    if lstsq_b is not None:
        # normal equations at 50 digits: exact enough for these well-posed small problems
        at = a.T
        x = mp.lu_solve(at * a, at * lstsq_b)
        out.append("b " + " ".join(fmt(v) for v in lstsq_b))
        out.append("x " + " ".join(fmt(v) for v in x))
        r = lstsq_b - a * x
        out.append("residual " + fmt(mp.norm(r)))
    out.append("end")


def main():
    out = ["# Reference values for the linalg tests.",
           "# Computed by linalg/tools/linalg_reference.py with Debian's python3-mpmath "
           f"{mp.__version__}",
           "# at 50 significant digits (mp.dps = 50), printed to 25 significant digits.",
           "# Each case: 'case <name> <rows> <cols>', then keys: A (row-major input, exact),",
           "# det, sign, logabsdet (natural log of |det|), inverse (row-major), b and x",
           "# (x solves A x = b, or minimises |A x - b| for a tall A), residual (|A x - b|_2)."]
    for n in range(2, 11):
        h = mp.matrix(n, n)
        for i in range(n):
            for j in range(n):
                h[i, j] = mp.mpf(1) / (i + j + 1)
        # the Hilbert matrix's elements 1/(i+j+1) are rounded to double in the Java test too;
        # so that both sides factor the same matrix, use the doubles' exact values here
        for i in range(n):
            for j in range(n):
                h[i, j] = mp.mpf(float(h[i, j]))
        case(out, f"hilbert{n}", h, solve_b=mp.matrix([1] * n), inverse=n <= 8)
    case(out, "tridiag3", mp.matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]),
         solve_b=mp.matrix([1, 0, 1]))
    case(out, "pivot4", mp.matrix([[0, 2, 1, -3], [4, -1, 3, 2], [1, 1, -2, 5], [3, 0, 2, 1]]),
         solve_b=mp.matrix([1, 2, 3, 4]))
    pascal = mp.matrix(6, 6)
    for i in range(6):
        for j in range(6):
            pascal[i, j] = mp.binomial(i + j, i)
    case(out, "pascal6", pascal, solve_b=mp.matrix([1, -1, 1, -1, 1, -1]))
    lehmer = mp.matrix(7, 7)
    for i in range(7):
        for j in range(7):
            lehmer[i, j] = mp.mpf(min(i, j) + 1) / (max(i, j) + 1)
            lehmer[i, j] = mp.mpf(float(lehmer[i, j]))
    case(out, "lehmer7", lehmer, solve_b=mp.matrix([1, 2, 3, 4, 5, 6, 7]))
    case(out, "singular3", mp.matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
    tall = mp.matrix([[1, 1, 1], [1, 2, 4], [1, 3, 9], [1, 4, 16], [1, 5, 25], [1, 6, 36]])
    case(out, "quadfit6x3", tall, lstsq_b=mp.matrix([1, 3, 2, 5, 4, 7]))
    tall2 = mp.matrix([[3, -1, 2, 0], [1, 4, -2, 1], [0, 2, 5, -1], [2, 0, 1, 3],
                       [-1, 1, 0, 2], [4, 2, -1, 1], [1, -3, 2, 2], [0, 1, 1, 1]])
    case(out, "integer8x4", tall2, lstsq_b=mp.matrix([1, 0, -1, 2, 3, -2, 0, 1]))
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
