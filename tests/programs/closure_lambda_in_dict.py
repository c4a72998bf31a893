# A dispatch table of lambdas closing over a shared configuration dict.
config = {"scale": 2}
operations = {
    "double": lambda x: x * config["scale"],
    "negate": lambda x: -x,
    "describe": lambda x: f"{x} scaled by {config['scale']}",
}
print([operations[name](5) for name in ("double", "negate", "describe")])
config["scale"] = 10
print(operations["double"](5), operations["describe"](1))
print(operations["double"].__closure__)
