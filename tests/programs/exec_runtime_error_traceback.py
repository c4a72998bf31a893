# A runtime error inside exec'd code: the traceback names <string> frames.
source = """
def divide(a, b):
    return a / b

def run():
    return divide(1, 0)
"""
env = {}
exec(source, env)
try:
    env["run"]()
except ZeroDivisionError as error:
    print("caught:", error)
print("now uncaught")
exec("value = 5\nrun()", env)
