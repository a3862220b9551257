# A counting loop: the evaluation loop's raw speed.
total = 0
i = 0
while i < 3_000_000:
    total += i
    i += 1
print(total)
