# Global lets a function rebind a module variable.
total = 0

def add(n):
    global total
    total += n
    return total
