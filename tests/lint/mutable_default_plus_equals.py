def collect(values, into=[]):
    into += values
    return into

print(collect([1]))
print(collect([2]))
