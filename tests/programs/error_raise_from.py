# raise ... from ... chains exceptions with __cause__, shown in the uncaught traceback.
def load(config):
    try:
        return config["port"]
    except KeyError as error:
        raise ValueError("config has no port") from error


try:
    load({})
except ValueError as error:
    print(repr(error), repr(error.__cause__), error.__suppress_context__)
load({"host": "x"})
