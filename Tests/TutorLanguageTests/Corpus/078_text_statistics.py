# Integration: string processing with dicts, sorting and formatting.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
lines = text.splitlines()
print(len(lines), "lines,", len(text), "characters")
words = []
for line in lines:
    for raw in line.split():
        word = raw.strip(".,").lower()
        if word:
            words.append(word)
print(len(words), "words,", len(set(words)), "distinct")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:<8} {count:>2} {'#' * count}")
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
longest = max(words, key=len)
print("longest:", longest, len(longest))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("common letters:", ", ".join(f"{c}={letters[c]}" for c in common))
acronym = "".join(w[0].upper() for w in lines[0].split())
print("acronym:", acronym)
title = " ".join(w.capitalize() for w in lines[1].rstrip(",").split())
print(title)
print(lines[2].replace("it was", "IT WAS", 1))
print(text.count("it was"), text.lower().count("it was"), text.find("epoch"), text.rfind("epoch"))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(text)))
print([w for w in freq if freq[w] == 1][:5])
print(" | ".join(line[:12].center(14, ".") for line in lines))
