# Tracebacks quote source lines that contain non-ASCII text, with carets under the right columns.
def grüßen(name):
    return "Grüß dich, " + name + " — " + 42


print("Ça va? ☕")
print(grüßen("Zoë"))
