// Passkeys: adding one on the security page, signing in with one on the sign-in page. Spring
// Security's WebAuthn endpoints check each ceremony; this script only carries the browser's
// answer to them, as JSON with binary fields in base64url.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(value) {
    var padded = value.replace(/-/g, '+').replace(/_/g, '/');
    while (padded.length % 4) {
      padded += '=';
    }
    var text = atob(padded);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(form, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[form.dataset.csrfHeader] = form.dataset.csrf;
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }
      return response.json();
    });
  }

  function descriptors(list) {
    return (list || []).map(function (d) {
      return { type: d.type, id: fromBase64Url(d.id), transports: d.transports };
    });
  }

  function failed(form, error) {
    var message = form.querySelector('[data-passkey-failed]');
    if (message) {
      message.hidden = false;
      message.focus();
    }
    if (window.console) {
      console.warn('Passkey ceremony failed', error);
    }
  }

  function register(form) {
    var label = form.querySelector('input[name="label"]').value.trim();
    return post(form, '/webauthn/register/options')
      .then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.user.id = fromBase64Url(options.user.id);
        options.excludeCredentials = descriptors(options.excludeCredentials);
        return navigator.credentials.create({ publicKey: options });
      })
      .then(function (credential) {
        var response = credential.response;
        return post(form, '/webauthn/register', {
          publicKey: {
            credential: {
              id: credential.id,
              rawId: toBase64Url(credential.rawId),
              type: credential.type,
              response: {
                attestationObject: toBase64Url(response.attestationObject),
                clientDataJSON: toBase64Url(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
              },
              clientExtensionResults: credential.getClientExtensionResults(),
              authenticatorAttachment: credential.authenticatorAttachment
            },
            label: label
          }
        });
      })
      .then(function (result) {
        if (!result || !result.success) {
          throw new Error('not registered');
        }
        window.location.assign('/profile/security?passkeyAdded#passkeys');
      });
  }

  function signIn(form) {
    return post(form, '/webauthn/authenticate/options')
      .then(function (options) {
        options.challenge = fromBase64Url(options.challenge);
        options.allowCredentials = descriptors(options.allowCredentials);
        return navigator.credentials.get({ publicKey: options });
      })
      .then(function (credential) {
        var response = credential.response;
        return post(form, '/login/webauthn', {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          response: {
            authenticatorData: toBase64Url(response.authenticatorData),
            clientDataJSON: toBase64Url(response.clientDataJSON),
            signature: toBase64Url(response.signature),
            userHandle: response.userHandle ? toBase64Url(response.userHandle) : null
          },
          credType: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        });
      })
      .then(function (result) {
        if (!result || !result.authenticated) {
          throw new Error('not signed in');
        }
        window.location.assign(result.redirectUrl || '/');
      });
  }

  document.querySelectorAll('form[data-passkey]').forEach(function (form) {
    if (!window.PublicKeyCredential) {
      form.hidden = true;
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button');
      button.disabled = true;
      var ceremony = form.dataset.passkey === 'register' ? register(form) : signIn(form);
      ceremony.catch(function (error) {
        button.disabled = false;
        failed(form, error);
      });
    });
  });
})();
