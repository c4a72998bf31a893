# A metaclass that registers every class it creates, as plugin tutorials do.
class PluginMeta(type):
    registry = {}
    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls

class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} running"

class Audio(Plugin):
    pass

class Video(Plugin):
    def run(self):
        return "video: " + super().run()

print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    print(key, PluginMeta.registry[key]().run())
print(type(Audio), type(Plugin) is PluginMeta, isinstance(Video, PluginMeta))
