for x in y: break
break
