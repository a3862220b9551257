# while/for loops with else, break and continue.
for i in range(5):
    if i == 3:
        break
    print("for", i)
else:
    print("for-else not reached")
for i in range(3):
    print("for2", i)
else:
    print("for-else reached")
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("while", n)
else:
    print("while-else not reached")
print("after while n =", n)
k = 3
while k:
    k -= 1
else:
    print("while-else reached, k =", k)
for x in []:
    print("never")
else:
    print("empty for runs else")
def find(needle, haystack):
    for index, item in enumerate(haystack):
        if item == needle:
            print("found", needle, "at", index)
            break
    else:
        print(needle, "not found")
find(3, [1, 2, 3])
find(9, [1, 2, 3])
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for ch in "hi":
    for _ in range(2):
        print(ch, end="")
print()
i = 99
for i in range(2):
    pass
print("loop var after loop:", i)
