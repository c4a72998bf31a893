# os.path's string functions: join, split, splitext, basename, dirname, normpath.
import os
import os.path

path = os.path.join("projects", "app", "main.py")
print(path, os.sep, os.name)
print(os.path.split(path), os.path.splitext(path))
print(os.path.basename(path), os.path.dirname(path))
print(os.path.normpath("a//b/./c/../d"), os.path.isabs("/etc"), os.path.isabs("etc"))
print(os.path.join("/root", "/abs", "x"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a/d"))
