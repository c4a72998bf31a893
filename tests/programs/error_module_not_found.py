# Importing a missing module raises ModuleNotFoundError, a subclass of ImportError.
try:
    import not_a_real_module
except ModuleNotFoundError as error:
    print(type(error).__name__, error, error.name)
print(issubclass(ModuleNotFoundError, ImportError))
import another_missing_module
