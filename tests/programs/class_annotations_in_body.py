# Annotations in a class body are kept in the class's __annotations__.
class Config:
    """Settings."""
    host: str = "localhost"
    port: int = 8080
    debug: bool
    if True:
        timeout: float = 1.5

print(Config.__annotations__)
print(list(Config.__dict__)[:4], Config.host, Config.port)
print(hasattr(Config, "debug"))
