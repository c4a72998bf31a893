"""Basic statistics: averages (mean, fmean, median, mode, multimode) and spread
(variance, pvariance, stdev, pstdev).

As in CPython, sums are exact: every value becomes an exact ratio of integers, and
the result is rounded once, when it is converted back to the data's type.
"""

import math

__all__ = ['StatisticsError', 'fmean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev',
           'variance']


class StatisticsError(ValueError):
    pass


class _Ratio:
    # An exact rational number n/d (d > 0, in lowest terms), the part of
    # fractions.Fraction that exact sums need.
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.numerator = n // g
        self.denominator = d // g

    def add(self, n, d):
        return _Ratio(self.numerator * d + n * self.denominator, self.denominator * d)

    def times(self, n, d=1):
        return _Ratio(self.numerator * n, self.denominator * d)

    def minus(self, other):
        return self.add(-other.numerator, other.denominator)


def _exact_ratio(x):
    # (numerator, denominator) of x, or (x, None) for an infinity or a NaN.
    if type(x) is float or isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return (x, None)
    if isinstance(x, int):
        return (int(x), 1)
    raise TypeError("can't convert type '{}' to numerator/denominator".format(
        type(x).__name__))


def _coerce(T, S):
    # The type a mix of T and S values is reported in: int gives way to the other.
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("can't convert type '{}' to '{}'".format(T.__name__, S.__name__))


def _sum(data):
    # (type, exact total, count); the total is a float when a value is not finite.
    count = 0
    T = int
    total = _Ratio(0)
    nonfinite = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            total = total.add(n, d)
    return T, (total if nonfinite is None else nonfinite), count


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count), in one pass.
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return T, ssd, c, count
    count = 0
    T = int
    sx = _Ratio(0)
    sxx = _Ratio(0)
    nonfinite = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            sx = sx.add(n, d)
            sxx = sxx.add(n * n, d * d)
    if nonfinite is not None:
        return T, nonfinite, nonfinite, count
    if not count:
        return T, _Ratio(0), _Ratio(0), count
    # count * sxx - sx * sx, over count: exact with ratios, though not with floats.
    ssd = sxx.times(count).minus(sx.times(sx.numerator, sx.denominator)).times(1, count)
    return T, ssd, sx.times(1, count), count


def _convert(value, T):
    if not isinstance(value, _Ratio):
        return T(value) if T is float else value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if issubclass(T, int):
        return T(value.numerator)
    return T(value.numerator / value.denominator)


def _divide(total, n):
    if isinstance(total, _Ratio):
        return total.times(1, n)
    return total / n


def mean(data):
    """Return the sample arithmetic mean of data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum([x * w for x, w in zip(data, weights)]) / total


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """Return the most common data point; the first met, among equally common ones."""
    best = None
    best_count = 0
    for value, count in _counts(data).items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """Return a list of the most frequently occurring values, in the order first met."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def variance(data, xbar=None):
    """Return the sample variance of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(_divide(ss, n))


def _sqrt(value):
    if not isinstance(value, _Ratio):
        return math.sqrt(value)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def _integer_sqrt_of_frac_rto(n, m):
    # The square root of n/m, rounded to an integer by round-to-odd.
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_SQRT_BIT_WIDTH = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    # The square root of n/m as a correctly rounded float: enough bits, rounded to
    # odd, then rounded once more by the division.
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator
