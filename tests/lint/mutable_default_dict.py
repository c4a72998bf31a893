def remember(key, value, memory={}):
    """Store the pair and return everything seen so far."""
    memory[key] = value
    return memory

remember("a", 1)
print(remember("b", 2))
