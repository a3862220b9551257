# Integration: classic small algorithms (sieve, binary search, sorting, gcd).
import math
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(math.sqrt(n)) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes, len(primes))
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
print(binary_search(primes, 61), binary_search(primes, 62), binary_search([], 1))
def insertion_sort(seq):
    out = list(seq)
    for i in range(1, len(out)):
        key = out[i]
        j = i - 1
        while j >= 0 and out[j] > key:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = key
    return out
def merge_sort(seq):
    if len(seq) <= 1:
        return list(seq)
    mid = len(seq) // 2
    left, right = merge_sort(seq[:mid]), merge_sort(seq[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
data = [38, 27, 43, 3, 9, 82, 10, 3, -5]
print(insertion_sort(data), merge_sort(data) == sorted(data))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), math.gcd(1071, 462), gcd(17, 5))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return "-" + out if neg else out
print(to_base(255, 16), to_base(255, 2), to_base(-42, 7), to_base(2 ** 64, 36), int(to_base(2 ** 64, 36), 36) == 2 ** 64)
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5])
print(math.isclose(sum(1 / math.factorial(k) for k in range(20)), math.e))
def newton_sqrt(x):
    guess = x / 2
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return guess
print(round(newton_sqrt(2), 12), round(math.sqrt(2), 12))
