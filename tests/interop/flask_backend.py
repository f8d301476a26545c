#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The SecretBench authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Port's documented backend example for Port-managed secret inputs (Flask +
pycryptodome), step for step. Only what a test needs differs: the client
secret, the property name and whether it is JSON come from the environment,
pycryptodome is imported as Debian names it (Cryptodome), and it listens on
loopback only.
"""
import base64
import json
import os

from flask import Flask, request
from Cryptodome.Cipher import AES

PORT_CLIENT_SECRET = os.environ['PORT_CLIENT_SECRET']
PROPERTY_IS_JSON = os.environ.get('PROPERTY_IS_JSON') == '1'  # whether the property is defined as json or not (string otherwise)
SECRET_PROPERTY = os.environ.get('SECRET_PROPERTY', 'secret-property')

app = Flask(__name__)


@app.route('/', methods=['POST'])
def webhook():
    # initialize the aes cipher
    key = PORT_CLIENT_SECRET[:32].encode()

    req = request.get_json(silent=True, force=True)
    encrypted_property_value = base64.b64decode(req.get('payload').get('properties').get(SECRET_PROPERTY))

    iv = encrypted_property_value[:16]
    ciphertext = encrypted_property_value[16:-16]
    mac = encrypted_property_value[-16:]

    cipher = AES.new(key, AES.MODE_GCM, iv)

    # decrypt the property
    decrypted_property_value = cipher.decrypt_and_verify(ciphertext, mac)
    property_value = json.loads(decrypted_property_value) if PROPERTY_IS_JSON else decrypted_property_value

    return property_value  # this is the original value the user sent


if __name__ == '__main__':
    port = int(os.getenv('PORT', 80))

    print("Starting app on port %d" % port)

    app.run(debug=False, port=port, host='127.0.0.1')
