x = f"\N}"
