# Parsing a line of whitespace-separated integers from input().
count = int(input())
values = list(map(int, input().split()))
print(count == len(values), sorted(values), sum(values) / count)
words = input().strip().split(",")
print([w.strip().title() for w in words])
