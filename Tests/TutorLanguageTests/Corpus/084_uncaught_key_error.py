# Uncaught KeyError: 'missing'.
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, "=", config[key])
print(config.get("missing", "(no default given)"))
def lookup(name):
    return config[name]
print(lookup("missing"))
print("never printed")
