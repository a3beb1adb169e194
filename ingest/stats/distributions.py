"""Student's t and the normal distribution in plain Python, so ingest needs no scipy.

>>> round(t_two_sided_p(2.0, 10), 4)
0.0734
>>> round(t_critical(0.05, 10), 4)
2.2281
>>> round(Z95, 6)
1.959964

``scipy.special`` alone costs ~0.4 s to import, more than ingesting an article; the t
distribution needs only the regularised incomplete beta function, computed here by its
continued fraction (Numerical Recipes, 6.4) to about 1e-13. The tests compare both
functions with scipy over a grid.
"""

from __future__ import annotations

import functools
import math
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)


def _beta_cf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, eps = 1e-300, 1e-15
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < eps:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b).

    >>> round(betainc(2, 3, 0.4), 6)
    0.5248
    """
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_cf(a, b, x) / a
    return 1.0 - front * _beta_cf(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """Two-sided p-value of Student's t with ``df`` degrees of freedom.

    >>> t_two_sided_p(0.0, 5)
    1.0
    """
    if math.isinf(t):
        return 0.0
    return betainc(df / 2.0, 0.5, df / (df + t * t))


@functools.lru_cache(maxsize=4096)
def t_critical(p: float, df: float) -> float:
    """The |t| whose two-sided p-value is ``p`` (the inverse of ``t_two_sided_p``).

    >>> round(t_critical(0.001, 105), 3)
    3.386

    Newton's method on the p-value, whose slope is twice the t density, from the normal
    quantile; a step that leaves the bracket of t known so far bisects it instead. Some
    five incomplete-beta evaluations, not the fifty of bisection; remembered as well, since
    ingest asks for the same few (p, df) pairs again and again.
    """
    if not 0.0 < p <= 1.0:
        raise ValueError(f"p must be in (0, 1], got {p}")
    if p == 1.0:
        return 0.0
    log_density_at_0 = math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0) - 0.5 * math.log(df * math.pi)
    low, high = 0.0, math.inf
    t = -NormalDist().inv_cdf(max(p / 2.0, 1e-300))
    for _ in range(200):
        excess = t_two_sided_p(t, df) - p
        if excess > 0:
            low = t  # p still too large: t lies above
        else:
            high = t
        density = math.exp(log_density_at_0 - (df + 1.0) / 2.0 * math.log1p(t * t / df))
        new = t + excess / (2.0 * density) if density > 0 else math.nan
        if not low < new < high:
            new = (low + high) / 2.0 if high < math.inf else 2.0 * max(t, 1.0)
        if abs(new - t) <= 1e-13 * max(1.0, t):
            return new
        t = new
    # (Far in a tail with few degrees of freedom Newton creeps: bisect instead.)
    return root_of_decreasing(lambda x: t_two_sided_p(x, df) - p, 0.0, 1.0)


def root_of_decreasing(f, low: float, high: float) -> float:
    """Where a decreasing ``f`` crosses zero, at or above ``low`` (bisection; ``high`` is
    doubled until ``f`` is no longer positive there; infinity if it never is).

    >>> round(root_of_decreasing(lambda x: 9.0 - x * x, 0.0, 1.0), 9)
    3.0
    """
    while f(high) > 0:
        low, high = high, high * 2.0
        if high > 1e300:
            return math.inf
    for _ in range(200):
        mid = (low + high) / 2.0
        if f(mid) > 0:
            low = mid
        else:
            high = mid
        if high - low <= 1e-12 * max(1.0, high):
            break
    return (low + high) / 2.0


def normal_two_sided_p(z: float) -> float:
    """Two-sided p-value of a standard normal deviate.

    >>> round(normal_two_sided_p(1.959964), 4)
    0.05
    """
    return math.erfc(abs(z) / math.sqrt(2.0))


def chi2_sf(x: float, df: float) -> float:
    """Upper tail of the chi-square distribution (regularised upper incomplete gamma).

    >>> round(chi2_sf(3.841459, 1), 4)
    0.05
    """
    if x <= 0:
        return 1.0
    a, y = df / 2.0, x / 2.0
    if y < a + 1.0:  # series for the lower part
        term = total = 1.0 / a
        n = a
        for _ in range(10000):
            n += 1.0
            term *= y / n
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return max(0.0, 1.0 - total * math.exp(-y + a * math.log(y) - math.lgamma(a)))
    tiny = 1e-300  # continued fraction for the upper part (Lentz)
    b = y + 1.0 - a
    c, d = 1.0 / tiny, 1.0 / b
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = b + an / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return math.exp(-y + a * math.log(y) - math.lgamma(a)) * h
