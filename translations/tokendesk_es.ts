<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>Gestiona tokens de acceso de npm.</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>Registro que se ofrece primero al iniciar sesión (por ejemplo, el entorno de pruebas).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Iniciar en la bandeja del sistema sin mostrar la ventana.</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 Un segundo inicio abrirá otra ventana.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas); ejecuta TokenDesk en una sesión de escritorio o usa tokendesk-cli.</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>Acerca de TokenDesk</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>Mantiene a la vista tus tokens de acceso de npm: caducidad, rotación y publicación de confianza.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior. Sin garantía.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>sesión finalizada</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>la sesión finaliza en %1 min</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>la sesión finaliza en %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>No se cerró la sesión de %1: %2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>Se cerró la sesión de %1. La lista de tokens guardada se conserva; vuelve a iniciar sesión para gestionar los tokens.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>¿Quitar %1 de TokenDesk?</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>TokenDesk cierra la sesión y después olvida la cuenta y su lista de tokens guardada en este equipo. Los tokens siguen en npm y sus secretos siguen en tu llavero; revócalos en npm si ya no los necesitas.</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Quitar cuenta</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se quitó %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>Se quitó %1 de TokenDesk.</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>No se guardó la caducidad del token de %1: %2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>Inicia sesión en tu cuenta de npm para ver sus tokens, o prueba primero TokenDesk en un registro de prácticas con tokens de demostración.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Tu sesión ha finalizado.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Cerraste la sesión.</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>este registro no informa de la caducidad</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 en %2
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>Registro de prácticas (local, no npm)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%1 en %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>La lista de cuentas %1 está dañada (%2).</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>Mueve el archivo a otro lugar y vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>td::Application</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Tu sesión ha finalizado.</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>Inicia sesión en una cuenta de npm para migrar sus tokens.</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 Inicia sesión como %2 para actualizar la lista y gestionar los tokens; mientras tanto, la lista en caché sigue con la cuenta atrás.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 está preparada y espera tu aprobación</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>No se pudo abrir ningún navegador web. La documentación está en %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirma que eres tú</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>npm pide tu contraseña y un segundo factor para crear un token. TokenDesk nunca guarda tu contraseña.</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Crear token</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>Contraseña de la cuenta de npm</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>Código de mi &amp;aplicación de autenticación</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>Usar un código de una aplicación de autenticación</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>Aprobar en el navegador</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>Dejar de esperar la aprobación</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>npm pide un código de un solo uso: introduce el código de tu aplicación de autenticación y pulsa Crear token.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>Se perdió la respuesta del registro. Para revocar el token «%1», cuyo secreto nunca llegó, npm pide un código de un solo uso: introduce un código nuevo y pulsa Crear token.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>Se perdió la respuesta del registro. Comprobando si se creó el token «%1» para revocarlo…</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>Aprueba la solicitud en tu navegador. Si no se abrió ningún navegador, visita:
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Creando el token…</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>Se ha creado el token.</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>Aprobar en mi nave&amp;gador (llave de seguridad o llave de acceso)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Cód&amp;igo:</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>No se pudo abrir ningún navegador web. Abre esta dirección en tu navegador y aprueba allí la solicitud:
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>Se necesita una contraseña de un solo uso.</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>Aquí no se puede pedir una contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>Creado; caduca en un día.</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>Publicado: %1.</translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation>Publicando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation>npm publish de %1 pide una contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>npm publish necesita aquí una contraseña de un solo uso. Si solo apruebas con una llave de seguridad, elige «Publicaré una vez a mano»: npm publish en un terminal te abre el navegador.</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>No se pudo iniciar npm; ¿está instalado Node.js?</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>Falló npm publish de %1: %2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>Configurado y verificado para %1.</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>No se creó ningún token.</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>Error al revocar (%1). Revoca ahora el token «%2» en la página Access Tokens del registro.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revocado.</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 publicado, publicación de confianza configurada y token revocado.</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>El trabajo «%1» no elige una versión de Node, así que recibe la predeterminada del ejecutor, que puede ser anterior a Node %2, la que necesita la publicación de confianza.</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>Configura Node 24 de forma explícita (por ejemplo, actions/setup-node con node-version: 24).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>El trabajo «%1» usa Node %2; la publicación de confianza necesita Node %3 o posterior.</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>Usa Node 24 para el trabajo de publicación.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>El trabajo «%1» instala npm %2; la publicación de confianza necesita npm %3 o posterior.</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>Instala un npm reciente antes de publicar: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>El trabajo «%1» publica con el npm incluido en su versión de Node (%2), que puede ser anterior a npm %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>Añade un paso antes de publicar: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>El trabajo «%1» publica con el npm incluido en su versión de Node, que es anterior a npm %2 (Node 20 y 22 incluyen npm 10).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>El trabajo «%1» publica con Yarn, que no realiza el intercambio OIDC de npm; la publicación falla con «No authentication configured».</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>Puedes crear el tarball con Yarn si quieres (yarn pack), pero publícalo con npm: npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>El trabajo «%1» publica con pnpm. Solo las versiones de pnpm compatibles con la publicación de confianza realizan el intercambio OIDC (pnpm/pnpm#9812); las anteriores recurren a un token y fallan con E404 o ENEEDAUTH.</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>Usa una versión de pnpm compatible con la publicación de confianza, o publica el tarball empaquetado con npm publish.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>El trabajo «%1» publica con %2; la publicación de confianza necesita %3 o posterior.</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>Comprueba que la versión que ejecutas sea al menos la %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>El trabajo «%1» ejecuta %2 %3, que no admite la publicación de confianza; se necesita %4 o posterior.</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>Actualiza a %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>El trabajo «%1» se ejecuta en «%2». npm solo acepta la publicación de confianza desde ejecutores en la nube (alojados en GitHub, compartidos de GitLab.com, CircleCI en la nube); la procedencia falla con E422 y se rechaza el intercambio OIDC.</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>Mueve solo el trabajo de publicación a un ejecutor alojado en la nube (por ejemplo, runs-on: ubuntu-latest).</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 todavía pasa un token de npm de larga duración al trabajo «%2». Cuando hay un token configurado, npm lo usa en lugar de la publicación de confianza, y caducará o dejará de publicar.</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>Quita %1 del trabajo de publicación y elimina el secreto cuando una versión se haya publicado mediante publicación de confianza.</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>No has iniciado sesión en %1 para %2: tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>Esta compilación aún no puede actualizar secretos de %1.</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>Un token detallado con «Secrets: read and write» (y «Environments» para los secretos de entorno), o un token clásico con «repo» («admin:org» para los secretos de organización).</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>Un token de acceso personal con el ámbito «api»; necesitas el rol Maintainer en los proyectos (Owner en los grupos).</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>Un token de API personal (CircleCI → User Settings → Personal API Tokens); los tokens de proyecto no sirven.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>TokenDesk usa este inicio de sesión para poner los tokens de npm rotados en tus secretos de %1. Se guarda en tu llavero.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>Iniciar sesión con el &amp;navegador (un código de un solo uso)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>Usar el inicio de sesión de la C&amp;LI de GitHub (gh auth token)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>Sus ámbitos habituales cubren los secretos de repositorio y de entorno; para los secretos de organización, ejecuta antes «gh auth refresh -s admin:org».</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>&amp;Pegar un token</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>Token de %1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>Introduce este código en la página que se abre:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;iar código</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>&amp;Host de tus repositorios:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Abrir %1</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>Conectado: %1 como %2 en %3.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Hech&amp;o</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>Comprueba que pegaste el token completo o crea uno nuevo.</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>Empieza de nuevo y elige Authorize si querías conectar.</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>Empieza de nuevo para obtener un código nuevo.</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>Pega primero el token de %1.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>La CLI de GitHub no está disponible aquí.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>Pidiendo a la CLI de GitHub su inicio de sesión…</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 no ofrece aquí inicio de sesión en el navegador: pega un token en su lugar.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>Pidiendo a %1 un código de inicio de sesión…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>Esperando a que introduzcas el código en %1…</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>Comprobando a quién pertenece la credencial…</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>TokenDesk aún no puede comunicarse con %1: esta compilación no tiene cliente para él.</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>Guardando la credencial en tu llavero…</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>La lista de inicios de sesión de CI %1 está dañada; quítala y vuelve a iniciar sesión con «tokendesk-cli ci login».</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>El llavero no aceptó la credencial de %1: %2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>El inicio de sesión de %1 ya no está en el llavero; vuelve a iniciar sesión: tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>Usa %1 --from-gh (el inicio de sesión de la CLI de GitHub) o --with-token (un token pegado).</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>Usa %1 --with-token (un token pegado).</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>Esta compilación no tiene aplicación OAuth de GitHub, así que no puede iniciar sesión en GitHub en el navegador.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>No se pudo leer la respuesta de %1 a la solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Comprueba la dirección de la API; si es correcta, vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>No se pudo leer la respuesta de %1 al inicio de sesión.</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>Vuelve a ejecutar %1.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>El código de inicio de sesión caducó antes de aprobarse en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>Vuelve a ejecutar %1 y aprueba el código nuevo en %n minuto.</numerusform>
            <numerusform>Vuelve a ejecutar %1 y aprueba el código nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>Se denegó el inicio de sesión en %1.</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>Vuelve a ejecutar %1 y elige Authorize si querías conectar.</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 tiene desactivado el inicio de sesión por dispositivo para la aplicación de TokenDesk.</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 no conoce la aplicación OAuth de esta compilación (%2).</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 terminó el inicio de sesión con «%2».</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 terminó el inicio de sesión con «%2»: %3.</translation>
    </message>
</context>
<context>
    <name>td::CiHttp</name>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Organization secrets</source>
        <translation>Organization secrets</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environments</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>%1 read and write</source>
        <translation>%1: lectura y escritura</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1: solo lectura</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>Al token de GitHub le falta el permiso %1; concédelo (token detallado: %2) o vuelve a ejecutar %3.</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>Un token clásico necesita el ámbito repo (los secretos de organización, también admin:org).</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>Al inicio de sesión de GitHub le falta el ámbito %1.</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>Ejecuta gh auth refresh -s %1 si procede de la CLI de GitHub, o vuelve a ejecutar %2.</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>GitHub rechazó la solicitud (403 Forbidden).</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>Comprueba que el token puede escribir allí secretos de Actions, o vuelve a ejecutar %1.</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>Concede %1 o vuelve a ejecutar %2.</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>TokenDesk no tiene configurado el acceso de red para %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 no aceptó el inicio de sesión (caducó o se revocó).</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Vuelve a iniciar sesión: %1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 rechazó la solicitud (403 Forbidden).</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 rechazó la solicitud: %2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>Comprueba los permisos de la credencial o vuelve a ejecutar %1.</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%1 en %2 no encontró nada en esa dirección.</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%1 en %2 no tiene %3, o la credencial no puede verlo.</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>Comprueba el nombre y que la cuenta con la sesión iniciada tiene acceso (%1 muestra quién ha iniciado sesión).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 rechazó la solicitud por no válida (%2).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 rechazó la solicitud por no válida: %2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>Vuelve a intentarlo; si persiste, notifícalo con este mensaje.</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 está limitando las solicitudes de esta cuenta.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 informó de un conflicto.</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 informó de un conflicto: %2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%1 en %2 falló con HTTP %3.</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>Vuelve a intentarlo más tarde; puede que el servicio tenga problemas.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>No se encontró ninguna causa conocida en este log. Vuelve a ejecutar la publicación con --loglevel verbose y pega el log completo: npm solo muestra los detalles de la publicación de confianza en ese nivel.</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado (libsodium).</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>Reinstala TokenDesk; si persiste, notifícalo.</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>La clave pública de GitHub para este almacén de secretos no es una clave de %1 bytes (tiene %2 bytes); TokenDesk no envió el secreto.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>Vuelve a intentarlo; si persiste, comprueba la dirección de la API.</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>No se pudo sellar el secreto para GitHub.</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>Vuelve a intentarlo; si persiste, notifícalo.</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>El registro de actualizaciones de secretos de CI %1 está dañado; quítalo (TokenDesk solo pierde qué token contiene cada secreto de GitHub).</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 — no se pudo comprobar: %2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>sin cliente para %1</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>secreto %1 en %2</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>secreto %1 del entorno %2 en %3</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>secreto de organización %1 de %2</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>variable %1 en el proyecto de GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>variable %1 (entorno %2) en el proyecto de GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>variable %1 en el grupo de GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>variable %1 (entorno %2) en el grupo de GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>variable %1 en el proyecto de CircleCI %2</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>variable %1 en el contexto de CircleCI %2</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>Cuando rotas un token, TokenDesk pone el nuevo en los secretos de CI que lo contienen, comprueba que ha llegado y solo entonces revoca el antiguo. Servicios conectados:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>Servicios de CI conectados</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>Ningún servicio de CI conectado: las rotaciones te piden que actualices tú mismo los secretos de CI.</translation>
    </message>
    <message>
        <source>Connect Git&amp;Hub…</source>
        <translation>Conectar Git&amp;Hub…</translation>
    </message>
    <message>
        <source>Connect Git&amp;Lab…</source>
        <translation>Conectar Git&amp;Lab…</translation>
    </message>
    <message>
        <source>Connect Ci&amp;rcleCI…</source>
        <translation>Conectar Ci&amp;rcleCI…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>Quitar el inicio de sesión de %1 de %2</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>Quitar inicio de sesión de CI</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>¿Quitar el inicio de sesión de %1 de %2 en %3? TokenDesk lo elimina de tu llavero; después, las rotaciones te piden que actualices tú mismo estos secretos de CI.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>No se pudo comprobar %1: %2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>actualizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>actualizado hace %n minuto</numerusform>
            <numerusform>actualizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>actualizado hace %n hora</numerusform>
            <numerusform>actualizado hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>actualizado hace %n día</numerusform>
            <numerusform>actualizado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 — sin conectar: conecta %2 para actualizarlo automáticamente</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — comprobando…</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — no encontrado en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>revocando el token antiguo…</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>token antiguo revocado en %1 s</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>token antiguo revocado en %1 min %2 s</translation>
    </message>
</context>
<context>
    <name>td::CircleCiVariableClient</name>
    <message>
        <source>context %1 of %2</source>
        <translation>contexto %1 de %2</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>CircleCI no indicó a quién pertenece el token.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>Comprueba que la dirección de la API termina en /api/v2.</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>CircleCI no tiene ningún contexto llamado %1 en %2.</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>Comprueba el nombre del contexto en la configuración de la organización y que la cuenta del token pertenece a %1.</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>CircleCI no tiene %1, o la cuenta del token no puede verlo.</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>Comprueba el nombre y que el proyecto está seguido en CircleCI.</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>CircleCI necesita un token de API personal (los tokens de proyecto no sirven en la API v2)</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>Crea uno en User Settings → Personal API Tokens y después ejecuta tokendesk-cli ci login circleci.</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>CircleCI no aceptó el token. %1.</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>CircleCI denegó el acceso a %1. %2, de una cuenta que pueda cambiar sus variables de entorno.</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>CircleCI rechazó la solicitud. %1.</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>cópialo del llavero con el botón Copiar</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 sigue siendo válido: actualiza estos lugares y después revócalo</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Copiar el token nuevo</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>Ya lo he actualizado: revocar el token antiguo</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>Revocación pendiente: %1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>Su sustituto funciona y está en uso, pero no se pudo revocar el token antiguo: %1. Vuelve a intentarlo cuando el registro responda de nuevo.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>caducó hace un momento</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>token en texto sin cifrar</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>usuario y contraseña (_auth)</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>usuario y contraseña (_password)</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>referencia a una variable de entorno</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>variable de entorno</translation>
    </message>
    <message>
        <source>Yarn npmAuthToken</source>
        <translation>npmAuthToken de Yarn</translation>
    </message>
    <message>
        <source>Yarn npmAuthIdent</source>
        <translation>npmAuthIdent de Yarn</translation>
    </message>
    <message>
        <source>CI secret</source>
        <translation>secreto de CI</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 la CI usa el secreto %3</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <source>client certificate (certfile, keyfile)</source>
        <translation>certificado de cliente (certfile, keyfile)</translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>td::DesktopNotifications</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
</context>
<context>
    <name>td::DiagnosePage</name>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation>Diagnosticar una publicación de CI</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>Pega aquí el log del trabajo de CI que falló.</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>Log de CI</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Log:</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(línea %1 del log)</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>Inicia sesión en una cuenta de npm para crear tokens.</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>El token de npm «%1» ha caducado</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>El token de npm «%1» caduca en %n día</numerusform>
            <numerusform>El token de npm «%1» caduca en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>El token de npm «%1» caduca en %n hora</numerusform>
            <numerusform>El token de npm «%1» caduca en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>El token de npm «%1» caduca en %n minuto</numerusform>
            <numerusform>El token de npm «%1» caduca en %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>Caducidad y rangos de IP</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>Una vida más corta limita el daño de un token filtrado. TokenDesk te avisa antes de que caduque.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>&amp;Fecha personalizada:</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Fecha de caducidad personalizada</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Rangos de IP permitidos</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>cualquier dirección, o p. ej. 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>Rangos de &amp;IP permitidos (CIDR IPv4):</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>Reglas de npm: los tokens con permiso de escritura duran de %1 a %2 días (%3 por defecto); los tokens de solo lectura duran %4 días por defecto, sin máximo.</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>Este token puede escribir.</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>Este token es de solo lectura.</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Caduca el %1 (en %n día).</numerusform>
            <numerusform>Caduca el %1 (en %n días).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>La CLI de GitHub (gh) no está instalada: instálala y ejecuta «gh auth login», o pega un token en su lugar.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>La CLI de GitHub no tiene la sesión iniciada en %1: ejecuta «gh auth login --hostname %1», o pega un token en su lugar.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>No se pudo iniciar la CLI de GitHub (gh): %1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>La CLI de GitHub no respondió en 20 segundos: pega un token en su lugar.</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>entorno %1 en el repositorio %2/%3</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>organización %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>repositorio %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>Organization secrets: lectura y escritura (token clásico: admin:org)</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>Secrets: lectura y escritura (token clásico: repo)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>No se pudo leer la respuesta de GitHub sobre %1.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Comprueba la dirección de la API; si es correcta, vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>el usuario con la sesión iniciada</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 no es un secreto de GitHub.</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>No hay ningún valor que enviar.</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>la clave pública (%1)</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>Para iniciar sesión en GitLab en el navegador se necesita el Application ID de una aplicación OAuth en %1.</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>En su lugar, pega un token de acceso personal con el ámbito api: tokendesk-cli ci login gitlab --with-token</translation>
    </message>
</context>
<context>
    <name>td::GitLabVariableClient</name>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>No se pudo leer la respuesta de GitLab sobre una variable de CI/CD.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>Comprueba que la dirección de la API termina en /api/v4.</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>GitLab no indicó a quién pertenece el token.</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>GitLab oculta el valor de %1, así que no se puede volver a leer para comprobarlo.</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>Comprueba tú mismo la variable en la configuración de CI/CD.</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>el rol Owner en el grupo %1 (ámbito del token: api)</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>el rol Maintainer en el proyecto %1 (ámbito del token: api)</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>El token de GitLab</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>El token de GitLab de %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 necesita %2.</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>Pide a un propietario que conceda ese rol, o inicia sesión como alguien que lo tenga: %1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>GitLab no tiene %1, o el token no puede verlo.</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>Comprueba la ruta en la dirección de la configuración de CI/CD y que la cuenta con la sesión iniciada es miembro.</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>GitLab rechazó el valor nuevo de %1: el valor de una variable enmascarada debe ser una sola línea sin espacios y tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>Comprueba el token o desactiva el enmascaramiento de la variable en la configuración de CI/CD.</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>Has cancelado la autenticación en dos fases.</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>Se pidió otro código.</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>La respuesta del registro supera los %1 MB; TokenDesk dejó de leerla.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>Vuelve a intentarlo más tarde; si persiste, el registro no está funcionando bien.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>El registro en %1 no terminó de responder en %2 s; puede que haya ejecutado la solicitud.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>El registro en %1 no terminó de responder en %2 s.</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>El registro en %1 dejó de responder durante %2 s; puede que haya ejecutado la solicitud.</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>El registro en %1 no respondió en %2 segundos.</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>Comprueba si se realizó el cambio antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Comprueba tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>La conexión con %1 se cortó después de enviar la solicitud; puede que el registro la haya ejecutado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Falló la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>La conexión con %1 se cerró antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>No se pudo contactar con el registro en %1: %2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>TokenDesk nunca ignora los errores de certificado; comprueba la fecha del sistema y el certificado del registro.</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>Comprueba tu conexión y la dirección del registro, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>El registro redirigió demasiadas veces.</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>Comprueba la dirección del registro.</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>El registro redirigió a una dirección sin cifrar (%1); TokenDesk se niega a seguirla.</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>El registro en %1 redirigió esta solicitud a %2; TokenDesk no envía credenciales ni datos de la solicitud a otra dirección.</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>Comprueba la dirección del registro; si el registro se ha trasladado, inicia sesión en su nueva dirección.</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>Bloqueo de emergencia: %1 (%2)</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Cronología</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (no se registró nada)</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## Versiones</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| Paquete | Versión | Publicada | Veredicto | Pruebas |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## Acciones realizadas</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>El bloqueo de emergencia se detuvo antes de cualquier escritura: este equipo tenía rastros de un gusano conocido.</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| Acción | Resultado |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>hecha %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ERROR: %1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>SIN CONFIRMAR: enviada, sin respuesta (reanuda el bloqueo de emergencia)</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>NO REALIZADA (reanuda el bloqueo de emergencia)</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>No se realizó ninguna escritura en el registro.</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1: omitido por el usuario</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### Pasos no realizados</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## Qué queda por hacer</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] Informar a npm de %1@%2: %3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] Retirar la publicación (las reglas de npm ya lo permiten): `%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] Vaciar las cachés de CI de todos los repositorios afectados (una caché envenenada vuelve a armar la próxima versión).</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] Renovar todos los secretos de CI que los flujos de trabajo afectados podían leer.</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] Publicar un aviso de seguridad (GitHub security advisory) que indique las versiones malas y las buenas.</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] Publicar una versión superior limpia: los rangos de versiones siguen eligiendo la versión más alta, digan lo que digan las etiquetas.</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] La revocación de los tokens puede tardar hasta una hora en surtir efecto: vigila los paquetes mientras tanto.</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>Escrito por TokenDesk el %1.</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>No hay ningún secreto guardado en el llavero con el nombre «%1».</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>El llavero está bloqueado: desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>Desbloquea tu depósito de claves de inicio de sesión, por ejemplo iniciando sesión en el escritorio o con Seahorse (Contraseñas y claves). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>El llavero no responde.</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>Puede que esté esperando a que lo desbloquees en otra ventana; responde a esa petición o reinicia el servicio del depósito de claves y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>No se encontró ningún llavero utilizable (%1).</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>TokenDesk guarda los secretos solo en el llavero del sistema, nunca en archivos sin cifrar. Inicia un proveedor de Secret Service, como gnome-keyring o KWallet, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>clásico</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>granular</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>omite la 2FA</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>solo preparar</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>automatización</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>termina en ene 2027</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>No se pudo cargar libarchive (%1).</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 no es la libarchive que necesita TokenDesk: no tiene %2.</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 es una tubería con nombre (FIFO), no un archivo normal; TokenDesk no lee de tuberías.</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 es un dispositivo, no un archivo normal; TokenDesk no lee de dispositivos.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>Leyendo los paquetes y tus tokens…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>Abrir la página de &amp;denuncias de npm</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Bloqueo de emergencia</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>Ejecutando el paso %1 de %2…</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … en curso</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … hecho</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … falló: %2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>Desmarca lo que no quieras. Antes del primer cambio, TokenDesk busca en este equipo el proceso guardián de un gusano. Apruebas los cambios una sola vez.</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>Detenido antes de cualquier cambio: este equipo tiene un mecanismo de persistencia de un gusano. Desactívalo primero y después vuelve a pulsar Ejecutar.

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>No se pudo escribir el informe de incidente.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Se completaron todos los pasos.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>Un paso falló; los pasos siguientes no se ejecutaron. Reintentar continúa desde el paso que falló.</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>Un bloqueo de emergencia anterior (iniciado el %1) se detuvo antes de terminar. «Reanudar» lo continúa desde su primer paso sin hacer; «Ejecutar» planifica de nuevo a partir del registro.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rean&amp;udar</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>No se conoce ninguna versión mala de %1: la vigilancia de publicaciones no tiene ninguna alarma abierta para este paquete. Indica las versiones (tokendesk-cli: --bad VERSION).</translation>
    </message>
    <message>
        <source>%1 %2 published</source>
        <translation>%1 %2 publicada</translation>
    </message>
    <message>
        <source>GitHub Actions %1 %2</source>
        <translation>GitHub Actions %1 %2</translation>
    </message>
    <message>
        <source>GitLab CI %1 %2</source>
        <translation>GitLab CI %1 %2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
</context>
<context>
    <name>td::LockdownJournal</name>
    <message>
        <source>The lockdown journal %1 is damaged.</source>
        <translation>El diario del bloqueo de emergencia %1 está dañado.</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>Comprueba la configuración del paquete en el sitio web y después inicia un nuevo bloqueo de emergencia.</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>Exigir 2FA y no permitir tokens</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>Revocar el publicador de confianza usado de forma indebida</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Revocar tokens</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>Quitar mantenedores inesperados</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>Rechazar las versiones preparadas pendientes</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>Devolver las etiquetas a la última versión buena</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>Marcar las versiones malas como obsoletas</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>Retirar la publicación de las versiones malas</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1: exigir 2FA, no permitir tokens</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>Todos los paquetes ya exigen 2FA y no permiten tokens.</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1: revocar %2</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1: se conserva %2 (no se usó en el ataque)</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>Ningún publicador de confianza publicó una versión mala.</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>Ningún paquete tiene un publicador de confianza.</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>No se conocen los tokens de la cuenta: inicia sesión para verlos.</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>se conserva: %1 (este bloqueo de emergencia inicia sesión con él; cierra la sesión cuando termine)</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>se conserva: %1 (se verificó que lo usa %2)</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>revocar %1</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>La cuenta no tiene tokens.</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>Se verificó que tu propia CI usa todos los tokens, así que se conservan.</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>No hay una lista de mantenedores esperados: TokenDesk no quita a nadie.</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1: no quedaría ningún mantenedor esperado; no se quita a nadie</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1: quitar al mantenedor %2</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>Todos los mantenedores son esperados.</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>No quedaría ningún mantenedor esperado: añade uno primero y después quita a los demás.</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1: rechazar la versión preparada %2</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>No hay ninguna versión preparada pendiente.</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1: %2 apunta a %3, pero no se conoce ninguna versión buena</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>Ninguna etiqueta apunta a una versión mala.</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>No hay ninguna versión buena a la que devolver las etiquetas.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>Versión comprometida, publicada sin el consentimiento de los mantenedores. No la uses.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>Versión comprometida, publicada sin el consentimiento de los mantenedores. Usa %1.</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2: marcar como obsoleta</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>No se conoce ninguna versión mala.</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2: se desconoce su hora de publicación</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2: publicada hace más de 72 horas</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2: TokenDesk no puede saber si otros paquetes dependen de ella</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2: otros paquetes dependen de ella</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>Las reglas de npm no lo permiten (%1). En su lugar, márcala como obsoleta e informa de ella.</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1: publicadores de confianza tal como TokenDesk los leyó por última vez, %2 (volver a leerlos requiere 2FA)</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1: revocar el publicador de confianza %2 (publicó una versión mala)</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 se publicó con un token, no a través del publicador de confianza: se conserva.</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>Ninguna versión mala llegó a través de un publicador de confianza, y TokenDesk no ha leído los publicadores de confianza de %1 (tokendesk-cli trust list los lee, con 2FA).</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>Todas las versiones malas ya están marcadas como obsoletas.</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>El bloqueo de emergencia se detuvo antes de revocar nada: este equipo tiene rastros de un gusano conocido.

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>Desactiva primero lo que se encontró y después vuelve a iniciar el bloqueo de emergencia.</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>Ya hay un bloqueo de emergencia en curso.</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>El bloqueo de emergencia no tiene nada que hacer: no se aplica ningún paso marcado.</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>Marca al menos un paso que se aplique.</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>TokenDesk no retira publicaciones.</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>Ejecuta npm unpublish tú mismo si las reglas de npm lo permiten.</translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation>id. %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>Revócalo con «tokendesk-cli token revoke &lt;id&gt;» o en npmjs.com, en Access Tokens.</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>la sesión finalizó</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>Puede que el registro haya creado el token «%1», pero se perdió su respuesta (%2) y TokenDesk no pudo comprobarlo (%3).</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>Busca un token llamado «%1» creado a partir de %2 y revócalo: su secreto nunca se recibió. %3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>Vuelve a crearlo. Si más tarde aparece un token llamado «%1» creado a partir de %2, revócalo: su secreto nunca se recibió.</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>Vuelve a crearlo.</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 TokenDesk lo ha comprobado: el registro no ha creado el token «%2».</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>El registro creó el token «%1», pero se perdió su respuesta; desde entonces se ha creado %n token con ese nombre, así que TokenDesk no revocó ninguno: %2.</numerusform>
            <numerusform>El registro creó el token «%1», pero se perdió su respuesta; desde entonces se han creado %n tokens con ese nombre, así que TokenDesk no revocó ninguno: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>Revoca los que no uses (el más reciente es probablemente el perdido). %1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>El registro creó el token «%1», pero se perdió su respuesta y TokenDesk no pudo revocarlo (%2): %3.</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>Su secreto nunca se recibió. Revócalo con «tokendesk-cli token revoke %1» o en npmjs.com, en Access Tokens, y después vuelve a crearlo.</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>El registro creó el token «%1», pero se perdió su respuesta; TokenDesk lo ha revocado (%2).</translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Not signed in · add an account to see its tokens</source>
        <translation>Sin sesión iniciada · añade una cuenta para ver sus tokens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nuevo token…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>&amp;Publicación de confianza…</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>&amp;Migrar tokens…</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>&amp;Volver a buscar tokens en este equipo</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>No se encontró una bandeja del sistema: TokenDesk no puede avisarte de los tokens que van a caducar mientras esta ventana esté cerrada, y cerrarla sale de la aplicación.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>Filtrar por nombre, paquete, ámbito o tipo</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrar tokens</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>Mostrar &amp;revocados y caducados</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>Versiones &amp;preparadas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>Versiones &amp;preparadas (%n)</numerusform>
            <numerusform>Versiones &amp;preparadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>P&amp;ublicación</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>P&amp;ublicación (%n en riesgo)</numerusform>
            <numerusform>P&amp;ublicación (%n en riesgo)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>Cerrar la sesión de la cuenta seleccionada; sus tokens siguen en npm.</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Quitar cuenta…</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>Cerrar la sesión y olvidar la cuenta seleccionada en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>Abrir la documentación de TokenDesk en el navegador.</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Acerca de TokenDesk</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>El portapapeles se borra en %n s</numerusform>
            <numerusform>El portapapeles se borra en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>Establecer &amp;caducidad del token…</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>Indica cuándo termina el token de la cuenta seleccionada; este registro no lo informa.</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>Inicia un registro en este equipo con cuentas y tokens de demostración. Nada de lo que hagas allí llega a npm.</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>Iniciar sesión en &amp;npm…</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>Iniciando el registro de prácticas…</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>Pro&amp;bar con el registro de prácticas</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Versiones publicadas</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>Establece el secreto de CI %1 en %2 con el token nuevo — %3. (Lo usa %4.)</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1, la línea %2 lee ${%3}: asigna el token nuevo a %3 allí donde lo exportes (por ejemplo, export %3=… en ~/.profile) — %4.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>Asigna el token nuevo a la variable de entorno %1 allí donde la exportes (por ejemplo, export %1=… en ~/.profile) — %2.</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>Pon el token nuevo a mano en %1, línea %2 (%3) — %4.</translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation>Migrar tokens</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation>Rotar «%1»</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>Tokens que ya no se necesitan tras la publicación de confianza</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>Se interrumpió una migración: %n token está a medias. Reanúdala o deshazla para dejar los archivos como estaban. Hasta entonces, cada archivo conserva un token que funciona.</numerusform>
            <numerusform>Se interrumpió una migración: %n tokens están a medias. Reanúdala o deshazla para dejar los archivos como estaban. Hasta entonces, cada archivo conserva un token que funciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>Contraseña de npm (solo si aún hay que crear un token):</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>Buscando tokens de npm en este equipo…</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>Añadir carpeta de proyecto…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>Contraseña de npm (npm la pide para crear tokens):</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>Encontrado en este equipo:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>Añadir una carpeta de proyecto para buscar</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>Carpetas de proyecto: ninguna (solo se analizan tu configuración de npm y el entorno)</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>Carpetas de proyecto: %1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Falló el análisis: %1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>Introduce tu contraseña de npm: npm la pide para crear tokens.</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>No se pudo leer el token nuevo del llavero: %1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>El token nuevo está en el portapapeles; se borrará de nuevo en breve.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>en la lista</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>funciona (no está en la lista)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>inservible</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>otro registro</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>no comprobable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>creando el token nuevo…</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>token nuevo creado</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>guardándolo en el llavero…</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>actualizando los archivos .npmrc…</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>archivos .npmrc actualizados</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>comprobando el token nuevo…</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>el token nuevo funciona</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>revocando el token antiguo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>esperándote: actualiza los usos en CI/entorno y después confirma</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>confirmado; revocando…</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>sustituido, pero no se pudo revocar el token antiguo</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>falló; no se cambió nada</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>se mantiene tal cual</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Migración finalizada.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La migración se detuvo:&lt;/b&gt; %1&lt;br&gt;Vuelve a abrir este diálogo para reanudarla o deshacerla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copias de seguridad de los archivos tal como estaban:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n lugar contiene credenciales de npm</numerusform>
            <numerusform>%n lugares contienen credenciales de npm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>%n token en el plan.</numerusform>
            <numerusform>%n tokens en el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>Tokens encontrados en este equipo</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>Plan de migración</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>Buscando los secretos de CI que los contienen…</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1 (TokenDesk lo actualiza)</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>enviando el token nuevo a la CI…</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>enviado a la CI; verificando…</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>verificado en la CI</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>la CI contiene el token nuevo; el antiguo se revoca tras el periodo de gracia</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>enviando el token nuevo…</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>enviado; verificando…</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>verificado: contiene el token nuevo</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>se restauró el valor antiguo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;secret NPM_TOKEN in acme/widgets: verified: it holds the new token&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>td::MigrationJournal</name>
    <message>
        <source>The migration journal %1 is damaged.</source>
        <translation>El diario de migración %1 está dañado.</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>revocación pendiente: reintentar; su sustituto está en uso, pero no se pudo revocar (%1)</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Vuelve a iniciar sesión para continuar.</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1: sustituido, %n referencia reescrita, token antiguo revocado</numerusform>
            <numerusform>%1: sustituido, %n referencias reescritas, token antiguo revocado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1: %n archivo limpiado, token revocado</numerusform>
            <numerusform>%1: %n archivos limpiados, token revocado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1: quitado de %n archivo</numerusform>
            <numerusform>%1: quitado de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1: sustituido, %n referencia reescrita, pero no se pudo revocar el token antiguo</numerusform>
            <numerusform>%1: sustituido, %n referencias reescritas, pero no se pudo revocar el token antiguo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1: sustituido, %n referencia reescrita; el token antiguo se revoca cuando lo confirmes</numerusform>
            <numerusform>%1: sustituido, %n referencias reescritas; el token antiguo se revoca cuando lo confirmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>Migrando… Cada paso se guarda, así que cerrar TokenDesk ahora no hace perder nada.</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>Progreso de la migración</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>Secretos de CI</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>Nombre y descripción</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>El nombre es cómo reconocerás el token en las listas y los recordatorios.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>Usar el nombre sugerido</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Descripción del token</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>opcional, p. ej. dónde se usa el token</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>Usar el sugerido: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>Nuevo token de npm</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>¿Cerrar sin copiar el token?</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>No has copiado el token nuevo ni lo has añadido a un .npmrc. npm no vuelve a mostrarlo nunca.</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>Sigue en tu llavero, así que TokenDesk todavía puede usarlo.</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>Tampoco está en tu llavero: si cierras, se pierde.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Cerrar de &amp;todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>La lista de avisos de caducidad ya mostrados (%1) está dañada; se guardó como %2 y se empezó de nuevo.</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>Esta configuración no tiene ningún archivo en el que guardarse.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>Otro programa cambió %1 después de que TokenDesk lo leyera; no se escribió nada.</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>Vuelve a buscar para ver el contenido actual y reinténtalo.</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>El acceso a organizaciones permite al token gestionar equipos y miembros, no publicar. La mayoría de los tokens no lo necesitan.</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>Añadir una organización por nombre</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>nombre de la organización</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>Añadir la organización escrita</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>Permiso para organizaciones</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permiso:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Looking up your organizations…</source>
        <translation>Buscando tus organizaciones…</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>No se pudieron consultar tus organizaciones. Escribe un nombre abajo para añadir una.</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>Esta cuenta no pertenece a ninguna organización. Escribe un nombre abajo para añadir una.</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 — tu rol: %2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1 (todo el ámbito, también los paquetes nuevos)</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Ámbito %1</translation>
    </message>
</context>
<context>
    <name>td::PackageWrites</name>
    <message>
        <source>The registry sent an unreadable document for %1.</source>
        <translation>El registro envió un documento ilegible para %1.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>Vuelve a intentarlo más tarde; si persiste, haz este cambio en el sitio web.</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 es el único mantenedor de %2.</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>Añade primero otro mantenedor y después quita este.</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 no tiene la versión %2.</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>Comprueba la versión; puede que se haya retirado su publicación.</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquetes y ámbitos</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>Marca los paquetes y ámbitos que puede usar el token, o escribe nombres que aún no se han publicado.</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>&amp;Todos los paquetes, incluidos los que se publiquen más adelante</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Todos los paquetes</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Buscar paquetes</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>Buscar paquetes…</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>Paquetes y ámbitos de esta cuenta</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>Añadir un paquete o ámbito por nombre</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>paquete-nuevo, @ámbito/nombre o @ámbito</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>Añadir el paquete o ámbito escrito</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>Paquetes y ámbitos elegidos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>Quitar el paquete o ámbito elegido</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>Permiso para paquetes y ámbitos</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>Omitir la autenticación en dos fases</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permiso:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>Volver a cargar los paquetes de la cuenta</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>Omitir la autenticación en dos &amp;fases al publicar</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>No se pudieron cargar tus paquetes: %1 Aún puedes escribir nombres de paquetes abajo.</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>Cargando tus paquetes…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %L1 de %Ln fila</numerusform>
            <numerusform>Mostrando %L1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln elegido</numerusform>
            <numerusform>%Ln elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>Lectura y escritura (solo preparar)</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>No se puede leer la lista de rastros de gusanos conocidos %1.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>Reinstala TokenDesk o indica un archivo legible.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>La lista de rastros de gusanos conocidos %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>Indica la lista incluida con TokenDesk o un archivo de menos de 1 MiB.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>La lista de rastros de gusanos conocidos está dañada.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>Reinstala TokenDesk o corrige el archivo (formato: core/lockdown/README.md).</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>Se encontró %1 en %2: %3 Para desactivarlo: %4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>Sustituir por un token de lectura y escritura para tus paquetes</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>Sustituir por un token de solo lectura</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>Sustituir por un token de lectura y escritura que omite la 2FA</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>Sustituir por un token de solo preparación</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>Rotar: mismo acceso, nueva caducidad</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>Pasar la CI a publicación de confianza (sin token)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Quitar la línea</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Mantener tal cual</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>Revocar: ya nada lo necesita</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>Sustituir por uno sin los paquetes con publicación de confianza</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>The migration has no row %1.</source>
        <translation>La migración no tiene la fila %1.</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>La fila %1 no está esperando una confirmación (está «%2»).</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>Otro token de esta migración está a medias: reanúdala o deshazla primero.</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>Deshecho a petición.</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>secreto perdido en un cierre inesperado</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>Paso desconocido «%1» en el diario de migración.</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>No se puede leer el token nuevo del llavero: %1 Desbloquéalo y reanuda.</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>El registro lo había creado de todos modos; se revocó %n token de ese tipo.</numerusform>
            <numerusform>El registro lo había creado de todos modos; se revocaron %n tokens de ese tipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>No se pudo comprobar si el registro creó el token nuevo «%1» (%2); todavía nada lo usa. Reanuda cuando el registro vuelva a responder para encontrarlo y revocarlo.</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>Falló la creación del token nuevo «%1» (%2), y no se pudo comprobar si el registro lo creó de todos modos (%3). Reanuda cuando el registro vuelva a responder para encontrarlo y revocarlo.</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>El llavero no aceptó el token nuevo: %1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>El token nuevo no funcionó (%1); no se revocó nada.</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>El token nuevo respondió como «%1», no como «%2»: el registro no se comporta como se esperaba, así que la migración se detuvo y no se revocó nada.</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>No se pudo revocar el token nuevo «%1» (id. %2) (%3); revócalo con «tokendesk-cli token revoke %2».</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>Se conservó el token nuevo porque estos secretos de CI lo contienen y el valor antiguo no está disponible para restaurarlo: %1. Vuelve a poner allí el token antiguo, o conserva el nuevo y revoca el antiguo.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>El secreto de CI del paso %1 no se puede actualizar; no se revocó nada.</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>No se pudo actualizar %1 (%2); no se revocó nada.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>El secreto de CI del paso %1 no se puede comprobar; no se revocó nada.</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>No se pudo comprobar %1 (%2); no se revocó nada.</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>%1 no contiene el token nuevo tras la actualización; no se revocó nada.</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>Estás probando TokenDesk en el registro de prácticas: un registro en este equipo con tokens de demostración. Nada de lo que hagas allí llega a npm; se detiene al salir de TokenDesk.</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>El registro de prácticas no proporcionó su código de un solo uso.</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>Sal de TokenDesk y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>El registro de prácticas no se inició en %n segundo.</numerusform>
            <numerusform>El registro de prácticas no se inició en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>No se encontró el registro de prácticas (tokendesk-sandbox) junto a TokenDesk ni en el PATH. Instálalo con TokenDesk o inicia sesión en npm.</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>No se pudo iniciar el registro de prácticas: %1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>El registro de prácticas se detuvo: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>falló de forma inesperada</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>El registro de prácticas no indicó dónde escucha.</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>El registro de prácticas no responde: %1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>TokenDesk no pudo iniciar sesión en el registro de prácticas: %1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>La lista de avisos de enero de 2027 ya mostrados (%1) está dañada; TokenDesk la empieza de nuevo, así que un aviso puede aparecer una vez más.</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>El token de npm «%1» se usa en CI (%2) y deja de publicar en enero de 2027; npm no ha anunciado el día exacto. Sustitúyelo por la publicación de confianza o por un token de solo preparación.</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publicación de confianza (directa)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publicación de confianza (solo preparar)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>token de solo preparación</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>token de publicación directa</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>token que omite la 2FA</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>publicador de confianza</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>preparada y después aprobada</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>token o npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>en riesgo en enero de 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>sin vía de publicación</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>publicación de confianza (solo preparar de forma predeterminada)</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>un token de solo preparación con aprobación</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>«Publishing access» (exigir 2FA, no permitir tokens): npm no ofrece ninguna API para leerlo.</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>Si la última versión usó un token o un inicio de sesión interactivo con npm login: el registro no lo indica.</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>Publicadores de confianza: %1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>Última versión: %1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>publicador de confianza de %1</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1, %2</translation>
    </message>
    <message>
        <source>GitLab CI/CD %1, %2</source>
        <translation>GitLab CI/CD %1, %2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>, environment %1</source>
        <translation>, entorno %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>El token %1 puede publicar %2 directamente; no se usa en ningún sitio donde TokenDesk haya buscado, pero funciona hasta que se revoque.</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>El token %1 puede publicar %2 directamente y se usa en %3.</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>npm termina con la publicación directa con tokens en enero de 2027; no se ha anunciado el día exacto.</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>También se puede publicar mediante %1.</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1, no se usa en este equipo</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1, se usa en %2</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>Se publica mediante la publicación de confianza (%1), a la que no afecta enero de 2027.</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>Prepara las versiones con el token de solo preparación %1; un mantenedor aprueba cada versión con 2FA.</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>Ningún publicador de confianza ni ningún token de esta cuenta puede publicar %1.</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>TokenDesk no pudo averiguar cómo se publica %1: %2 No se supone nada; vuelve a intentarlo cuando el registro responda.</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>en riesgo en enero de 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>sin vía de publicación</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publicación de confianza (directa)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publicación de confianza (solo preparar)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>token de solo preparación</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>token de lectura y escritura</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>token que omite la 2FA</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>Configurar la &amp;publicación de confianza…</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>Sustituir por un token de &amp;solo preparación…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>Formas de publicar hoy</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>No se conoce ninguna.</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>se usa en %1</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>Última versión:</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nunca publicado</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>mediante publicación de confianza</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>preparada y después aprobada</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>con un token</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>no se sabe cómo se publicó</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 el %2, %3</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>publicada por %1</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>con procedencia</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>sin procedencia</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>Vía de publicación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message>
        <source>Filter packages</source>
        <translation>Filtrar paquetes</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>Filtrar por paquete, vía, veredicto o motivo…</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>Paquetes y sus vías de publicación</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>Detalles de la vía de publicación</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>Solución…</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>Elige un paquete para ver cómo se publica y qué hacer antes de enero de 2027.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>Aún no se ha revisado ningún paquete.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n paquete revisado; no se sabe de ninguno en riesgo en enero de 2027.</numerusform>
            <numerusform>%n paquetes revisados; no se sabe de ninguno en riesgo en enero de 2027.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n paquete deja de publicarse en enero de 2027 a menos que pase a la publicación de confianza o a un token de solo preparación; npm no ha anunciado el día exacto.</numerusform>
            <numerusform>%n paquetes dejan de publicarse en enero de 2027 a menos que pasen a la publicación de confianza o a un token de solo preparación; npm no ha anunciado el día exacto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>¿Para qué es el token?</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>Un ajuste predefinido elige por ti el permiso, la caducidad y la 2FA; puedes cambiar cada uno en las páginas siguientes.</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>Configurar la &amp;publicación de confianza en su lugar</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>Configurar la publicación de confianza en su lugar</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>La CI publica con una credencial OIDC de corta duración, así que no hace falta guardar ningún token en la CI.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>Comprueba sus permisos y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 contiene un token, pero no se pudieron limitar sus permisos solo a ti (aplícale chmod 600).</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 era legible por otros (%2); ahora es %3</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>Otro programa cambió %1 durante la migración; se dejó tal cual.</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 ya no contiene el token que se está sustituyendo; se dejó tal cual.</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>Vuelve a buscar y haz un plan nuevo.</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>%1 cambió después de que TokenDesk lo escribiera, así que no se restauró; el original está en %2.</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>La copia de seguridad %1 no coincide con el archivo original; no se restauró %2.</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>No has iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>Inicia sesión primero (en la lista Cuentas de TokenDesk o con «tokendesk-cli login»).</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>El registro no aceptó esa contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>Esta operación requiere una contraseña de un solo uso de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>Puede que se haya escrito mal o haya caducado; vuelve a intentarlo con un código nuevo.</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>Introduce el código actual de tu aplicación de autenticación o aprueba la solicitud en tu navegador, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>El registro no permite este inicio de sesión desde tu dirección IP.</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>La cuenta o el token están limitados a ciertos rangos de IP; conéctate desde una red permitida o cambia los rangos permitidos.</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Contraseña incorrecta o ausente.</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>Comprueba tu contraseña de npm para %1 y vuelve a escribirla.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Tu sesión con %1 ha finalizado.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>Puede que el token haya caducado o se haya revocado; vuelve a iniciar sesión o usa otro token.</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>El registro rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>Comprueba los valores que has introducido.</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>El registro se negó a realizar esta acción.</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>Comprueba que tu cuenta pueda hacerlo. Los tokens que omiten la 2FA no pueden gestionar tokens ni la configuración de confianza; en su lugar, inicia sesión y usa esa sesión.</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>El registro no encontró lo que se pidió.</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>Comprueba el nombre. npm también responde «no encontrado» cuando no tienes permiso para ver algo.</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>Esto ya existe en el registro.</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>Actualiza y después cambia o elimina primero el existente.</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>El registro no pudo procesar la solicitud.</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>El registro está limitando la frecuencia de las solicitudes.</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>Espera hasta %1 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>El registro tuvo un problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>El registro respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>Comprueba la solicitud y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 pide una contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>Para iniciar sesión mediante el navegador se necesita una petición interactiva.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 no ofrece inicio de sesión mediante el navegador.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>Inicia sesión con tu nombre de usuario y contraseña en su lugar.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Comprueba ambos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>No hay ningún usuario con el nombre de usuario «%1».</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>Las páginas de la lista de tokens del registro forman un ciclo.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>un token indicado por su secreto no se puede encontrar en la lista de tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>«%1» no es una dirección de registro válida.</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>TokenDesk se niega a enviar credenciales a %1 por http sin cifrar.</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>Usa la dirección https:// del registro.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>«%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>El registro ya no reconoce este inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>El registro envió una respuesta que TokenDesk no puede leer (%1).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>Vuelve a intentarlo; si sigue ocurriendo, puede que el registro no sea compatible con npm.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Espera %n segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Espera %n segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>La lista de versiones preparadas del registro no termina.</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 todavía no tiene ninguna versión publicada.</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>El registro respondió dos veces «no modificado» a una solicitud simple de %1.</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>Puede que un proxy entre tú y el registro esté almacenando mal en caché; vuelve a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>td::RegistryExpiryText</name>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>token expiry: GitHub says on the next refresh</source>
        <translation>caducidad del token: GitHub la indica en la próxima actualización</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1 (según informa GitHub)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1 (12 horas desde que TokenDesk lo guardó)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1 (12 horas desde que se escribió el .npmrc)</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>el token dura 12 horas desde &quot;aws codeartifact login&quot;</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1 (fecha que indicaste)</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>el token no caduca nunca (según indicaste)</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>caducidad del token no indicada</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>caducidad fijada por el registro</translation>
    </message>
</context>
<context>
    <name>td::RegistryKind</name>
    <message>
        <source>npm</source>
        <translation>npm</translation>
    </message>
    <message>
        <source>npm-compatible registry</source>
        <translation>registro compatible con npm</translation>
    </message>
    <message>
        <source>Verdaccio</source>
        <translation>Verdaccio</translation>
    </message>
    <message>
        <source>GitHub Packages</source>
        <translation>GitHub Packages</translation>
    </message>
    <message>
        <source>AWS CodeArtifact</source>
        <translation>AWS CodeArtifact</translation>
    </message>
    <message>
        <source>Azure Artifacts</source>
        <translation>Azure Artifacts</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>otro registro</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>GitHub Packages no tiene API de tokens: gestiona los tokens de acceso personal en la configuración de GitHub.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>Los tokens de AWS CodeArtifact proceden de &quot;aws codeartifact login&quot; y terminan por sí solos al cabo de 12 horas.</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>Azure Artifacts no tiene API de tokens: gestiona los tokens de acceso personal en la configuración de usuario de Azure DevOps.</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>Este registro no tiene API de tokens: gestiona sus tokens allí donde los emite.</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 no tiene publicación preparada; es una función de npmjs.</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 no tiene publicación de confianza; es una función de npmjs.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: comprobando la última versión…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(%n paquete más sin comprobar)</numerusform>
            <numerusform>(%n paquetes más sin comprobar)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1: no se puede comprobar la última versión con la sesión cerrada; inicia sesión en esta cuenta.</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiff</name>
    <message>
        <source>The staged tarball has no package.json.</source>
        <translation>El tarball preparado no tiene package.json.</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>Ejecuta un script «%1» en cada instalación: %2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>Añade binding.gyp: npm ejecuta «node-gyp rebuild» al instalar.</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>Contiene un enlace o un archivo especial que npm no instala: %1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (antes %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 añadido: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 eliminado (antes %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[cambió el modo del archivo]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2 (no hay ninguna versión anterior con la que comparar)</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Tamaño empaquetado</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Tamaño desempaquetado</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>Archivos: %1 (antes %2)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Archivos: %1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Revisa con atención:</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json:</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>sin cambios en scripts, dependencies, bin, exports ni main</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>Archivos: %1 añadidos, %2 eliminados, %3 cambiados</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>El archivo binario o grande %1 es distinto.</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 tiene demasiadas líneas para compararlo línea a línea.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (antes %2)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>añadido: %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>eliminado (antes %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>script de instalación: se ejecuta con npm install</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>(cambió el modo del archivo)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>Archivo binario o grande: sin comparación de texto.</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>Demasiadas líneas para una comparación de texto.</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>Sin cambios en el texto.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2: no hay ninguna versión anterior con la que comparar</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Revisa con atención:</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Tamaño empaquetado</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Tamaño desempaquetado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>Sin cambios en scripts, dependencies, bin, exports ni main.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n archivo es distinto</numerusform>
            <numerusform>%n archivos son distintos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n alarma abierta: responde con «Fui yo» o «Responder».</numerusform>
            <numerusform>%n alarmas abiertas: responde con «Fui yo» o «Responder».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>Vigilando %n paquete.</numerusform>
            <numerusform>Vigilando %n paquetes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n paquete privado queda sin vigilar: guarda un token de solo lectura para él.</numerusform>
            <numerusform>%n paquetes privados quedan sin vigilar: guarda un token de solo lectura para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>Alarma de publicación: %1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>Se espera una publicación de %1 hasta %2: no dará la alarma.</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>Todavía no se vigila nada. Inicia sesión con una cuenta que pueda publicar paquetes: TokenDesk vigilará entonces todas sus versiones.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versiones publicadas</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Detalles de la versión</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>&amp;Fui yo</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>La publicaste tú: cierra la alarma y TokenDesk lo recordará.</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>R&amp;esponder…</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>Bloquear el paquete: detener nuevas publicaciones y deshacer esta.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>Respondiste a esta alarma.</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>Esperar una publicación &amp;manual</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>Exc&amp;luir de la vigilancia</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>Esperar una publicación manual de %1 en la próxima hora</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>Inc&amp;luir en la vigilancia</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>Volver a incluir %1 en la vigilancia</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>Excluir %1 de la vigilancia</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>Sustituye a «%1» (creado por TokenDesk el %2)</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>Creado por TokenDesk el %1</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>La publicación directa con tokens que omiten la 2FA termina en enero de 2027. Usa la publicación de confianza para la CI, o un token de solo preparación y aprueba las versiones con 2FA.</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>npm revocó los tokens clásicos en diciembre de 2025; un registro que todavía acepta este no es npmjs.</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>Configura la publicación de confianza en el asistente de publicación de confianza y después elimina el secreto de CI.</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>Actualiza el secreto de CI %1 (%2:%3) con el token nuevo.</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>Actualiza la variable de entorno %1 con el token nuevo.</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>Actualiza %1 a mano.</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>El token antiguo sigue siendo válido hasta que confirmes que se han actualizado los lugares anteriores.</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 no es un JSON válido (%2); se omitió.</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>No se pudo leer pnpm-workspace.yaml: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>Tu token nuevo</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>Esta es la única vez que npm muestra el token. Cópialo o empieza a usarlo ahora.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>El token nuevo</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>&amp;Intentar guardar de nuevo</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>Intentar guardar de nuevo el token en el llavero</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar el token</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usarlo</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>.npmrc del &amp;usuario</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>Añadir al .npmrc del usuario</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>.npmrc del p&amp;royecto</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>Añadir al .npmrc de un proyecto</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>Archivo .npmrc al que añadir el token</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Elegir la carpeta del proyecto</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>&amp;Añadir a .npmrc</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>Añadir el token al .npmrc elegido</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>Orden que ejecuta npm con el token</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>Copiar or&amp;den</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copiar la orden</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions: guarda el token como el secreto del repositorio %1 y pásalo a npm con
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>Copiar &amp;nombre del secreto</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>Copiar el nombre del secreto de GitHub Actions</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado. El portapapeles se borrará en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se borrará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>Guardado en tu llavero ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>Crea %1 (legible solo por ti) con esta línea:</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>Sustituye la línea %1 de %2 (el token que hay ahora) por esta línea; se conserva una copia de seguridad:</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>Añade esta línea a %1; las demás líneas quedan como están y se conserva una copia de seguridad:</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>Escrito en %1, línea %2.</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>Escrito en %1, línea %2. Copia de seguridad: %3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>Comprueba qué podrá hacer el token antes de crearlo.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas que corregir</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidad: %1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>Paquetes: todos los paquetes, incluidos los nuevos (%1)</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>Paquetes y ámbitos: %1 (%2)</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>Paquetes y ámbitos: ninguno</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>Organizaciones: %1 (%2)</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Caduca: %1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>Utilizable desde: cualquier dirección IP</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>Utilizable desde: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>Autenticación en dos fases: omitida</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>Autenticación en dos fases: obligatoria para publicar</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>¿Revocar el token de npm «%1»?</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>Todo lo que todavía lo use (la CI, un .npmrc) dejará de funcionar de inmediato. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>Quitar también la %n línea que lo usa en este equipo (con copia de seguridad previa)</numerusform>
            <numerusform>Quitar también las %n líneas que lo usan en este equipo (con copia de seguridad previa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>Todavía se usa en:</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>No se quitaron sus líneas en este equipo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>Se quitó %n línea que lo usaba; copias de seguridad en %1.</numerusform>
            <numerusform>Se quitaron %n líneas que lo usaban; copias de seguridad en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>todos los paquetes</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n paquete</numerusform>
            <numerusform>%n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n ámbito</numerusform>
            <numerusform>%n ámbitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1 (organización)</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>ningún paquete</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>Tu sesión de npm en %1 finaliza en %n minuto. Vuelve a iniciar sesión para seguir trabajando.</numerusform>
            <numerusform>Tu sesión de npm en %1 finaliza en %n minutos. Vuelve a iniciar sesión para seguir trabajando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>TokenDesk guarda las sesiones solo en el llavero del sistema, y no se puede usar: %1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>Desbloquea o configura el llavero y vuelve a iniciar sesión. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>Para iniciar sesión con contraseña se necesitan un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>Inicia sesión con tu nombre de usuario y contraseña en su lugar (en tokendesk-cli: login --auth-type legacy).</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la sesión en el llavero: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Vuelve a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>No has iniciado sesión como %1.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Tu sesión con %1 ha finalizado.</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>Has cerrado la sesión en %1.</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>Tu sesión con %1 no está en el llavero.</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>Configuración de TokenDesk</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Avisar antes de la caducidad</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>Separados por comas, p. ej. 14d, 7d, 3d, 1d, 1h. TokenDesk también avisa cuando un token ha caducado.</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>&amp;Avisar antes de la caducidad:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Borrar los tokens copiados tras:</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>&amp;Iniciar TokenDesk en la bandeja del sistema al iniciar sesión</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>Escribe cada aviso como un número seguido de d, h o m, separados por comas, p. ej. 14d, 7d, 1h.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>Las ejecuciones de CI ya en cola siguen usando el token antiguo: TokenDesk solo lo revoca cuando ha pasado este tiempo desde que todos los secretos de CI contienen el nuevo.</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>&amp;Revocar el token antiguo tras:</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>&amp;Servicios de CI</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>&amp;Vigilancia de publicaciones</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>Iniciar sesión en un registro de npm</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Dirección del registro</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Iniciar sesión con el nave&amp;gador (recomendado)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>Iniciar sesión con &amp;nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>opcional: se pide cuando hace falta</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Có&amp;digo de un solo uso:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>La página de inicio de sesión se ha abierto en tu navegador. Inicia sesión allí; TokenDesk continuará por sí solo.
Si no se abrió ninguna página, visita: %1
Esperando la aprobación…</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>Esperando tu contraseña de un solo uso…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>«%1» no es una dirección de registro.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>Pidiendo a %1 una página de inicio de sesión…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Iniciando sesión en %1 como %2…</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 no ofrece inicio de sesión mediante el navegador. Introduce tu nombre de usuario y contraseña en su lugar.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Co&amp;piar dirección</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>No se pudo abrir ningún navegador web. Abre esta dirección en tu navegador e inicia sesión allí; TokenDesk continúa por sí solo:
%1
Esperando la aprobación…</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id debe ser un UUID válido</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>Copia el id de «stage list», por ejemplo 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>Ninguna versión preparada con el id %1 espera en el registro.</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>Puede que ya se haya aprobado o rechazado, o que no tengas permiso para verla. Ejecuta «stage list» para ver las versiones que esperan.</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>El registro todavía está validando la versión preparada %1 y aún no se puede aprobar.</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>Espera unos minutos hasta que su estado sea «staged» y apruébala.</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>El registro ya tiene esta versión, publicada o preparada (%1).</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>Rechaza esta versión preparada o prepara un número de versión nuevo.</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>Para aprobar o rechazar una versión preparada, tu cuenta de npm necesita la autenticación en dos fases.</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>Activa la 2FA en la configuración de tu cuenta de npm y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>El registro no permite que esta cuenta apruebe o rechace versiones preparadas de este paquete.</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>Los tokens de solo preparación y los de publicación de confianza no pueden aprobar; inicia sesión como mantenedor del paquete.</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>Inicia sesión en %1 como %2 para ver sus versiones preparadas.</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n versión preparada espera tu aprobación.</numerusform>
            <numerusform>%n versiones preparadas esperan tu aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>Ninguna versión preparada espera tu aprobación.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>Aprobando %1 de %n…</numerusform>
            <numerusform>Aprobando %1 de %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>Rechazando %1 de %n…</numerusform>
            <numerusform>Rechazando %1 de %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>Selecciona una versión preparada para ver qué cambió.</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 todavía no tiene ninguna versión: npm creó este marcador de posición cuando se preparó el paquete por primera vez. No es una versión; aprueba la propia versión preparada.</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>Esta versión preparada se rechazó.</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>Comparando %1 con la última versión…</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>No se pudieron cargar los cambios: %1 Vuelve a seleccionar la versión para reintentarlo.</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>Aprobar versión preparada</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>¿Aprobar %1 %2?</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>Se publicará con la etiqueta «%1» y se podrá instalar de inmediato. Tu segundo factor lo confirma.</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>&amp;Aprobar %1</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>Rechazar versión preparada</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>¿Rechazar %1 %2?</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>La versión preparada y su tarball se eliminarán del registro. Esta acción no se puede deshacer. Tu segundo factor lo confirma.</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>&amp;Rechazar %1</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>En el orden de dependencias del espacio de trabajo %1:</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>De la más antigua a la más reciente:</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3 (etiqueta %4)</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>Aprobar versiones preparadas</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>¿Aprobar %n versión preparada?</numerusform>
            <numerusform>¿Aprobar %n versiones preparadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Aprobar %n</numerusform>
            <numerusform>&amp;Aprobar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>npm creó este marcador de posición cuando se preparó el paquete por primera vez. No es una versión y no se puede aprobar.</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>marcador de posición, no una versión</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1 (automatización de confianza)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (usuario)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>Aprobada (etiqueta %1)</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>Rechazada y eliminada</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>No se intentó (falló una anterior)</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>No es una versión</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>Validándose en el registro</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Esperando tu revisión</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation>Preparada por</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>Versiones preparadas</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>Cambios respecto a la última versión</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>Aprobar la versión preparada seleccionada</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>Publicar la versión seleccionada (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>Rechazar la versión preparada seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>Eliminar la versión preparada seleccionada (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>Aprobar &amp;todas en orden de dependencias…</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>Aprobar todas las versiones preparadas en espera</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>Progreso de la aprobación por lotes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 de %n aprobada</numerusform>
            <numerusform>%1 de %n aprobadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>añade una cuenta para ver sus tokens</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>inicia sesión para actualizar</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>inicia sesión para ver tus tokens</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>TokenDesk no abre este tarball. Rechaza la versión preparada, a menos que sepas por qué tiene este aspecto.</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>El tarball ocupa %1 MB, más de los %2 MB que lee TokenDesk.</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>No es un archivo tar comprimido con gzip (%1).</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>El tarball está dañado o no es un archivo tar (%1).</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>El tarball contiene más de %1 entradas.</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>El tarball contiene una entrada llamada «%1» que apunta fuera de la carpeta del paquete.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>La entrada «%1» del tarball ocupa %2 MB, más de los %3 MB que TokenDesk lee por archivo.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>No se puede leer la entrada «%1» del tarball (%2).</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>El tarball desempaquetado ocupa más de %1 MB.</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>TokenDesk no puede abrir tarballs: %1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>Instale libarchive13 (sudo apt install libarchive13) o reinstale el paquete de TokenDesk, que depende de ella.</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>Cronología de los tokens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation>%1
Creado: %2
Caduca: %3 (%4)</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>Todavía no hay tokens que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>solo preparar</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>publicar (omite la 2FA)</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>clásico de publicación</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>clásico de solo lectura</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>clásico de automatización</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>token de sesión</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>No se revocó «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>Se revocó «%1».</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>No se pudo leer del llavero el secreto de «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>«%1» copiado; el portapapeles se borra en %n s.</numerusform>
            <numerusform>«%1» copiado; el portapapeles se borra en %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>pertenece a otra cuenta</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>sin hora de sincronización válida</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>sin lista de tokens</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>una entrada de token está dañada</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>La lista de tokens guardada %1 está dañada (%2); se conservó como %3.</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>La lista de tokens guardada %1 está dañada (%2).</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>Actualiza para descargar la lista de nuevo.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>Acciones del token</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otar…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>Mostrar &amp;dónde se usa</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>Se creó el token, pero no se pudo guardar en tu llavero (%1). Cópialo ahora o intenta guardarlo de nuevo: no se volverá a mostrar después de cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>Ya se está creando un token.</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>Introduce tu contraseña de npm: npm la pide para crear un token.</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>No hay ningún token que guardar.</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>El registro pide una contraseña de un solo uso, pero la ventana que solicitó este token está cerrada.</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>Vuelve a crear el token.</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;otar</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>Selecciona un token para ver sus permisos, ámbitos y dónde se usa.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>todos los paquetes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquetes y ámbitos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Rangos de IP permitidos</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>cualquier dirección</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Omite la 2FA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>nunca o desconocido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>en tu llavero</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>no guardado por TokenDesk</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>analizando…</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>aún sin analizar</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>no se usa en este equipo</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>Se usa en este equipo</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>Copiar el token; el portapapeles se borra tras 30 s</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>TokenDesk no tiene el secreto de este token</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>En la CI</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>Conectar un servicio de CI…</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>Últimas versiones</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>Publicar desde la CI</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>Instalar paquetes privados en la CI</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>Publicar desde este equipo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>Solo lectura durante %n día: puede instalar tus paquetes privados, pero nunca publicar, y los tokens de solo lectura no necesitan 2FA. Los tokens de solo lectura no tienen vida máxima; TokenDesk te avisa antes de que caduque.</numerusform>
            <numerusform>Solo lectura durante %n días: puede instalar tus paquetes privados, pero nunca publicar, y los tokens de solo lectura no necesitan 2FA. Los tokens de solo lectura no tienen vida máxima; TokenDesk te avisa antes de que caduque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>Lectura y escritura durante %n día, el valor predeterminado de npm. No omite la 2FA: confirmas tú mismo cada publicación, así que una copia robada no puede publicar por sí sola.</numerusform>
            <numerusform>Lectura y escritura durante %n días, el valor predeterminado de npm. No omite la 2FA: confirmas tú mismo cada publicación, así que una copia robada no puede publicar por sí sola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>Elige tú cada ajuste, partiendo de los valores predeterminados de npm: solo lectura, %n día.</numerusform>
            <numerusform>Elige tú cada ajuste, partiendo de los valores predeterminados de npm: solo lectura, %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>Elige un permiso para los paquetes y ámbitos; «sin acceso» no concede nada.</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>Elige un permiso para las organizaciones; «sin acceso» no concede nada.</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>Utilizable desde cualquier dirección IP: añade un rango de IP para limitar dónde funciona.</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>Puede publicar tu %n paquete, y también paquetes nuevos.</numerusform>
            <numerusform>Puede publicar los %n paquetes, y también paquetes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>Puede preparar versiones de tu %n paquete, y también de paquetes nuevos.</numerusform>
            <numerusform>Puede preparar versiones de los %n paquetes, y también de paquetes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>Caduca en %n día: se te avisará.</numerusform>
            <numerusform>Caduca en %n días: se te avisará.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>Lectura y escritura (solo preparar) durante %n día: la CI prepara cada versión sin 2FA, y tú la apruebas con 2FA antes de que se publique. Esto sigue funcionando después de que npm termine con la publicación directa con tokens en enero de 2027, y la vida más larga permitida implica menos rotaciones (TokenDesk te avisa antes de que caduque). Mejor aún, usa la publicación de confianza: así la CI no necesita ningún token.</numerusform>
            <numerusform>Lectura y escritura (solo preparar) durante %n días: la CI prepara cada versión sin 2FA, y tú la apruebas con 2FA antes de que se publique. Esto sigue funcionando después de que npm termine con la publicación directa con tokens en enero de 2027, y la vida más larga permitida implica menos rotaciones (TokenDesk te avisa antes de que caduque). Mejor aún, usa la publicación de confianza: así la CI no necesita ningún token.</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>npm termina con la publicación directa con tokens que omiten la 2FA en enero de 2027; no se ha anunciado el día exacto, y la documentación de npm lo formula para todo token que publique directamente. Después de ese día, puede que este token ya no pueda publicar. Elige «Lectura y escritura (solo preparar)» para preparar versiones que apruebes con 2FA, o usa la publicación de confianza.</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>Puede publicar todos los paquetes de esta cuenta, y también los paquetes nuevos.</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>Puede preparar versiones de todos los paquetes de esta cuenta, y también de los paquetes nuevos.</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>Puede publicar %1.</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>Puede publicar todos los paquetes de %1, y también los nuevos que se creen allí.</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>Puede añadir y quitar miembros y equipos en %1.</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>Omite la autenticación en dos fases: cualquiera que lo tenga puede publicar sin código. npm planea terminar con la publicación mediante estos tokens en enero de 2027.</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>Establecer caducidad del token</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>Este registro no indica cuándo termina el token de %1. Introduce el último día en que funciona (tal como se muestra donde lo creaste) y TokenDesk hará la cuenta atrás y te avisará a tiempo.</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>Último día en que funciona el token</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>Desde hoy:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>El token &amp;nunca caduca</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>La cuenta %1 ya no está en TokenDesk.</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>Vuelve a iniciar sesión y después establece la caducidad del token.</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>TokenDesk no puede guardar esta caducidad para %1.</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>Los tokens de este registro terminan en una fecha; introduce esa fecha.</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>aquí no hay ningún valor</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>token de npm</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>token clásico (formato UUID antiguo)</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>marcador de posición, no un token real</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>otra credencial</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquetes y ámbitos</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Omite la 2FA</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>npm termina con la publicación directa con tokens en enero de 2027 (no se ha anunciado el día exacto). Pasa los paquetes de este token a la publicación de confianza o a un token de solo preparación.</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>Prepara versiones que apruebas con 2FA; sigue funcionando después de enero de 2027.</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>deja de publicar en enero de 2027</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>solo preparar</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>Omite la autenticación en dos fases: cualquiera que lo tenga puede publicar sin segundo factor.</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Error al actualizar: %1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>Esta credencial es para %1, no para el registro de esta cuenta.</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>El valor está guardado en el servicio de CI, no en este equipo.</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>La variable %1 no está definida aquí.</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>Es el marcador de posición de actions/setup-node, no un token real.</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>Un nombre de usuario y una contraseña, no un token: no hay nada que emparejar.</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>El token se revocó o ha caducado.</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 tokens comparten la forma enmascarada %2; TokenDesk no puede saber cuál es este.</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>Emparejado solo por su forma enmascarada.</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>No es uno de los tokens de esta cuenta, y no se ha comprobado en línea.</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>El registro lo rechaza (401).</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>Funciona (usuario %1), pero no está en la lista de tokens de esta cuenta: un token de sesión o el token de otra cuenta.</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>Emparejado por su forma enmascarada; el registro no pudo confirmarlo: %1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>Un certificado de cliente en archivos, no un token: no hay nada que asociar.</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>Dale un nombre al token.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>El nombre puede tener como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>El nombre solo puede contener letras, dígitos, espacios, «-» y «_», no «%1».</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>La descripción puede tener como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>La descripción solo puede contener letras, dígitos, espacios, «-» y «_», no «%1».</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Elige una fecha de caducidad.</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>Elige una fecha de caducidad al menos un día más adelante.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>«%1» no es un nombre de paquete de npm válido: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>«%1» no tiene nombre después de la «@».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>«%1» es un nombre de paquete; un ámbito no lleva «/».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«%1» no puede empezar por «.», «_» ni «-».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>«%1» debe estar en minúsculas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>«%1» solo puede contener caracteres aptos para URL.</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>Introduce un ámbito, como @acme.</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>Introduce un nombre de organización.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>«%1»: introduce la organización sin «@».</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>La lista de CIDR permitidos solo puede contener direcciones IPv4; %1 es IPv6</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>La lista de CIDR permitidos contiene una entrada CIDR no válida: %1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>Un token puede nombrar como máximo %1 paquetes y ámbitos en total (este tiene %2). Usa un ámbito o todos los paquetes en su lugar.</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>Un token puede nombrar como máximo %1 organizaciones (este tiene %2).</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>Debes dar a este token acceso a al menos un paquete, ámbito u organización.</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>«Solo preparar» se aplica a paquetes y ámbitos; para las organizaciones elige sin acceso, solo lectura o lectura y escritura.</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>Omitir la 2FA solo se aplica a tokens con permiso de escritura; un token de solo lectura nunca pide 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>Valor de caducidad no válido. Los tokens de lectura y escritura solo pueden ser válidos durante %n día como máximo.</numerusform>
            <numerusform>Valor de caducidad no válido. Los tokens de lectura y escritura solo pueden ser válidos durante %n días como máximo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>Un token debe ser válido durante al menos %n día.</numerusform>
            <numerusform>Un token debe ser válido durante al menos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>TokenDesk no conoce la cuenta %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>La CI usa el secreto %1 (%2)</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
</context>
<context>
    <name>td::TrayController</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>&amp;Open TokenDesk</source>
        <translation>&amp;Abrir TokenDesk</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nuevo token…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Rotar ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n versión preparada espera tu aprobación</numerusform>
            <numerusform>%n versiones preparadas esperan tu aprobación</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk · %1</source>
        <translation>TokenDesk · %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Review staged releases</source>
        <translation>Revisar versiones preparadas</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>Dejar de usar este token…</translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation>Aplicando</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>Progreso por paquete</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>No hay ningún publicador de confianza que crear.</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>Sin sesión iniciada: no se creó ningún publicador de confianza.</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>%1 de %2 verificados en el registro.</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 solo permite preparar, pero %2 ejecuta npm publish: npm responderá &quot;OIDC permission denied for this action&quot;. Cambia el paso a npm stage publish (tokendesk-cli trust workflow --apply).</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 no permite preparar, pero %2 ejecuta npm stage publish. Permítelo (--allow-stage-publish) o publica directamente.</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 exige el entorno «%2», pero ningún trabajo de publicación de %3 se ejecuta en él, así que npm rechazará el token del trabajo. Pon environment: %2 en el trabajo de publicación o vuelve a crear la configuración con el entorno del trabajo.</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 permite npm publish directo: una versión sale sin que nadie la apruebe. Permite solo npm stage publish, salvo que necesites publicar directamente.</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 no indica ningún entorno: cualquier trabajo del flujo de trabajo, en cualquier rama, puede publicar. Indica un entorno protegido.</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 confía en el repositorio %2, pero package.json indica %3.</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 confía en el propietario %2, pero package.json indica %3.</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 indica %2, que el repositorio no tiene: esa configuración no puede publicar, o publica desde un archivo que alguien podría añadir más adelante. Revócala o añade el archivo.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>Primera publicación de %1; revocar una vez configurada la publicación de confianza.</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>limitado a %1</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>para todos tus paquetes, porque %1 no tiene ámbito; solo dura un día</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>Crear un token de escritura para un día, %1, sin omitir la autenticación en dos fases.</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>Publicar cada paquete una vez desde este equipo con ese token (npm publish pide tu contraseña de un solo uso), para que los nombres existan en %1.</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>Configurar la publicación de confianza para los paquetes nuevos y verificarla.</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>Revocar de inmediato el token de un día.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>&amp;Publicar por mí</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>Publicaré una vez a &amp;mano</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>Primera publicación</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>npm solo puede confiar en paquetes que ya existen en el registro.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>Pasos de arranque</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>tu contraseña de npm (el registro la pide para crear un token)</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>Contraseña de npm</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 aún no existe en el registro, y npm solo acepta un publicador de confianza para un paquete existente. TokenDesk puede publicarlo una vez por ti, de forma segura: cada paso de abajo muestra su estado, y el token se revoca al final pase lo que pase.</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>Sin sesión iniciada: TokenDesk no puede publicar por ti. Publica una vez a mano y vuelve a ejecutar este asistente.</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>Escribe primero tu contraseña de npm: crear un token la requiere.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>Publica tú mismo cada paquete una vez, desde su carpeta, con la sesión iniciada mediante npm login:</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>Después vuelve a ejecutar este asistente: configurará la publicación de confianza para ellos.</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>Deteniendo; revocando el token…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>&amp;Blindar: exigir 2FA y no permitir tokens</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>Co&amp;mprobar las últimas versiones</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>&amp;Limpiar los tokens de publicación…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>La publicación de confianza está configurada y verificada para: %1.</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>Sin configurar: %1 (consulta las páginas anteriores).</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>Aún sin publicar: %1. Publica una vez y vuelve a ejecutar este asistente.</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>Siguientes pasos: haz commit y push de %1 y ejecuta el flujo de trabajo. Después, comprueba las últimas versiones, blinda los paquetes para que solo la publicación de confianza pueda publicar y revoca los tokens de publicación que la CI ya no necesita.</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>el archivo de CI</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>Blindando…</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>Blindaje terminado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>El blindaje se ofrece cuando %1 contiene el flujo de trabajo de publicación de confianza: escríbelo en la página del flujo de trabajo, o edítalo a mano y vuelve a ejecutar este asistente.</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>Blindar</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>¿Blindar %n paquete?</numerusform>
            <numerusform>¿Blindar %n paquetes?</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>Para %1, la publicación exigirá la autenticación en dos fases y el registro rechazará todos los tokens, clásicos o granulares: solo podrá publicar el flujo de trabajo de publicación de confianza de %2. Los trabajos de CI y los equipos que todavía publiquen con un token fallarán. Puedes deshacerlo en la configuración de cada paquete en el registro.</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>&amp;Blindar</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: comprobando la última versión…</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2: %3</translation>
    </message>
</context>
<context>
    <name>td::TrustEntity</name>
    <message>
        <source>GitHub repository</source>
        <translation>repositorio de GitHub</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>proyecto de GitLab</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>El repositorio de package.json no es un %1 (%2).</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>Indica el %1 con %2.</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>El repositorio de package.json (%1) es distinto del %2 indicado (%3).</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>Hay que indicar el %1 con %2 o deducirlo del campo repository de package.json.</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>Hay que indicar el %1 con %2.</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>Elige la carpeta del repositorio cuyos paquetes debe publicar la CI.</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Carpeta del repositorio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>No se encontró ningún package.json publicable en esta carpeta.</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>Marca los paquetes que la CI debe publicar mediante publicación de confianza.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>Sin sesión iniciada: no se puede leer el estado del registro.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Leyendo el registro…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>Aún sin publicar: necesita una primera publicación (arranque)</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>Publicado; sin publicador de confianza</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>Publicado; %n publicador de confianza configurado</numerusform>
            <numerusform>Publicado; %n publicadores de confianza configurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>Falta el nombre del archivo del flujo de trabajo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>«%1» es una ruta; npm solo necesita el nombre del archivo (por ejemplo, publish.yml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>«%1» debe terminar en .yml o .yaml.</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 no tiene el campo «repository»; npm rechaza la procedencia sin un repository.url que coincida.</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>El repositorio de %1 («%2») no es una URL que TokenDesk entienda.</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>El repositorio de %1 es %2, pero el remoto de git es %3 (se distinguen mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 está en %2, pero su repository.directory es «%3».</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>No se pudo leer el registro para este paquete (%1). Vuelve a la página de paquetes para leerlo de nuevo.</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 ya tiene %2 publicadores de confianza, el máximo que permite npm, y ninguno coincide con este repositorio. Quita uno primero (tokendesk-cli trust list %1 y después trust revoke %1 --id &lt;id&gt;).</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>P&amp;reparar una publicación para su aprobación</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>Dónde se ejecuta la CI. Los datos se toman del remoto de git; npm los compara exactamente, incluidas mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>GitLab CI/CD</source>
        <translation>GitLab CI/CD</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Pro&amp;veedor:</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>Ru&amp;ta del repositorio o proyecto:</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>Archivo de &amp;flujo de trabajo o de CI:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>Acciones permitidas:</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>Indica la ruta como propietario/repositorio y permite al menos una acción.</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>Publicar &amp;directamente (npm publish)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>La publicación de confianza aún puede publicar directamente después de la fecha límite de npm de enero de 2027, pero entonces cada versión sale sin que nadie la apruebe.</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>Qué hará Aplicar. El registro pide tu segundo factor una vez.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Escribir %1.</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1: crear el publicador de confianza.</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1: sustituir el publicador de confianza que difiere.</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1: ya configurado; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1: aún sin publicar. npm solo confía en paquetes existentes: después de Aplicar, la página siguiente lo publica una vez (con un token de 1 día limitado a su ámbito, revocado justo después) y luego configura la publicación de confianza.</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1: no hay sitio para otro publicador de confianza; no se envía nada.</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>Eliminando la configuración anterior</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>Creando la configuración de confianza</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>El registro ha limitado la frecuencia; esperando</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Releyéndola</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>Configurado y verificado</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>El registro tiene una configuración distinta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Reintentando dentro de %n segundo.</numerusform>
            <numerusform>Reintentando dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>El registro respondió a la solicitud de publicador de confianza para %1 sin la configuración que debería devolver, así que no se sabe si se creó uno.</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>Muestra la lista de publicadores de confianza del paquete y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>El nuevo publicador de confianza de %1 ya está configurado, pero no se pudo quitar el antiguo (%2): %3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>Quítalo con «tokendesk-cli trust revoke %1 --id %2».</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 %2 en npm frente a %3 en el repositorio: solo difieren en mayúsculas y minúsculas, y npm las distingue.</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 es %2 en npm, pero el repositorio necesita %3.</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1: no hay ningún publicador de confianza de este tipo configurado en npm.</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1: el publicador de confianza coincide con el repositorio.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1: %n campo difiere del repositorio.</numerusform>
            <numerusform>%1: %n campos difieren del repositorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>repositorio</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>archivo de flujo de trabajo</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>espacio de nombres</translation>
    </message>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>archivo de CI</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>ID de organización</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>ID de proyecto</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>ID de definición de canalización</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>origen del VCS</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>ID de contexto</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>acciones permitidas</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>las acciones permitidas en npm son %1, pero el flujo de trabajo necesita %2.</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>No hay ninguna versión publicada que comprobar.</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 se publicó mediante publicación de confianza.</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 tiene procedencia, pero se publicó con un token, no mediante publicación de confianza: el intercambio OIDC falló y npm recurrió a un token configurado.</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 procede de un token o de una publicación manual, no de la publicación de confianza.</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>Configurar la publicación de confianza</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>&amp;Escribir este cambio al aplicar</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>El cambio en la CI que necesita la publicación de confianza. No se escribe nada antes de Aplicar.</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Cambio propuesto</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 ya tiene lo que necesita la publicación de confianza.</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>Archivo nuevo %1.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Cambios en %1:</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>Código de 6 dígitos de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>Esperando la aprobación…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando la aprobación</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>&amp;Abrir la página de nuevo</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación en dos fases</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>Introduce la contraseña de un solo uso de tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>Inicia sesión en tu navegador</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>Aprueba en tu navegador</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>La página de inicio de sesión del registro se ha abierto en tu navegador. Inicia sesión allí; TokenDesk continuará por sí solo.</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>La página de aprobación del registro se ha abierto en tu navegador. Aprueba allí; TokenDesk continuará por sí solo.</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Marca «Skip two-factor authentication for the next 5 minutes» en esa página: así esta única aprobación cubre todos los cambios de este lote.</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>Si no se abrió ninguna página, visita: %1</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Co&amp;piar dirección</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>No se pudo abrir ningún navegador web. Abre esta dirección en tu navegador e inicia sesión allí; TokenDesk continúa por sí solo.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>No se pudo abrir ningún navegador web. Abre esta dirección en tu navegador y aprueba allí; TokenDesk continúa por sí solo.</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>Elige un archivo .npmrc.</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>No hay ningún token que escribir.</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>No se pudo añadir la línea del token a %1.</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often the watch reads each of your packages from the registry. Never below 5 minutes.</source>
        <translation>Con qué frecuencia la vigilancia lee cada uno de tus paquetes del registro. Nunca menos de 5 minutos.</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>&amp;Comprobar cada paquete cada:</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>Presupuesto de solicitudes por hora</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>Presupuesto de solicitudes por hora:</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>&amp;Paquetes sin vigilar:</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>Paquetes sin vigilar</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n paquete vigilado.</numerusform>
            <numerusform>%n paquetes vigilados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>Previsto: %n solicitud por hora.</numerusform>
            <numerusform>Previsto: %n solicitudes por hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>Última hora: %n solicitud, %1 recibidos.</numerusform>
            <numerusform>Última hora: %n solicitudes, %1 recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>El registro pidió esperar: en pausa hasta %1.</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>La vigilancia nunca lee un paquete con más frecuencia que cada %n minuto (el tiempo de caché del registro): usará %n.</numerusform>
            <numerusform>La vigilancia nunca lee un paquete con más frecuencia que cada %n minutos (el tiempo de caché del registro): usará %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>La vigilancia de publicaciones no está en ejecución.</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>Ninguno: se vigilan todos los paquetes.</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>Se canceló la espera de la aprobación en el navegador.</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>La aprobación en el navegador no llegó en %n minuto.</numerusform>
            <numerusform>La aprobación en el navegador no llegó en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>Vuelve a empezar y aprueba la solicitud en el navegador.</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>La aprobación en el navegador se denegó o caducó antes de completarse.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>El registro dio una respuesta inesperada (HTTP %1) mientras se esperaba la aprobación en el navegador.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 no es un YAML válido: %2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>El trabajo «%1» se ejecuta sin contexto en todos los flujos de trabajo que lo usan. CircleCI solo emite tokens OIDC para trabajos que se ejecutan con al menos un contexto.</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>En el flujo de trabajo, añade un contexto al trabajo, por ejemplo:
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>El trabajo «%1» publica, pero nunca define NPM_ID_TOKEN con la audiencia de npm, así que npm no tiene ningún token OIDC.</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>Antes de publicar, ejecuta:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>El trabajo «%1» publica, pero no tiene el permiso «id-token: write», así que npm no puede obtener un token OIDC y termina en ENEEDAUTH o E404.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>Añade al trabajo «%1»:
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>actions/setup-node con registry-url escribe un .npmrc que lee NODE_AUTH_TOKEN; si no está definida, el token es el marcador de posición XXXXX-XXXXX-XXXXX-XXXXX, y npm lo envía en lugar de usar la publicación de confianza (un E404 enmascarado).</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>Quita la línea registry-url del paso setup-node.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>Añade al trabajo «%1»:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>NPM_ID_TOKEN en el trabajo «%1» no tiene la audiencia «npm:registry.npmjs.org», así que el registro lo rechaza.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>El trabajo «%1» pide un token de identidad de npm como %2, pero npm solo lee NPM_ID_TOKEN.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>El trabajo «%1» publica, pero no declara NPM_ID_TOKEN en id_tokens, así que npm no tiene ningún token OIDC y falla con ENEEDAUTH o E404.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>El trabajo «%1» no declara SIGSTORE_ID_TOKEN (audiencia «sigstore»), así que no se publica ninguna procedencia.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>El trabajo «%1» llama al flujo de trabajo de publicación %2 sin conceder «id-token: write»; un flujo de trabajo llamado no puede tener más permisos que quien lo llama.</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 es un flujo de trabajo reutilizable. npm comprueba el nombre del flujo de trabajo que llama, así que el publicador de confianza debe nombrar %2, no %1.</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>Usa %1 como nombre del archivo de flujo de trabajo en la configuración de confianza.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>Se añadió un paso setup-node con Node 24 al trabajo «%1»</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>Se añadió «npm install -g npm@latest» antes de publicar en el trabajo «%1»</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>Se sustituyó npm@%1 por npm@latest en el trabajo «%2»</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>Se concedió «id-token: write» al trabajo «%1»</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>Se estableció Node 24 en el trabajo «%1»</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>Se quitó registry-url de setup-node en el trabajo «%1» (su token de marcador de posición oculta la publicación de confianza)</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>Se cambió Node %1 a 24 en el trabajo «%2»</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>Se quitó %1 del trabajo «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>%1 no se puede cambiar de forma segura: tras las modificaciones dejaría de ser un YAML válido, así que no se cambió nada. Comprueba sus comillas y su sangría, o haz los cambios a mano.</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>Nuevo flujo de trabajo %1 que publica mediante publicación de confianza</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>Se añadió el trabajo publish-npm con NPM_ID_TOKEN a %1</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>%1 cambió desde que se hizo la propuesta; no se escribió nada.</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>Revisa la propuesta de nuevo.</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm publica directamente y no puede preparar: establece npmPublish en false y añade un paso que ejecute npm stage publish después.</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish hace una publicación directa y no puede preparar: deja que asigne las versiones de los paquetes y después ejecuta npm stage publish en cada paquete modificado.</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish no puede preparar: ejecuta lerna version y después npm stage publish en cada paquete modificado.</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 no tiene publicación preparada: en su lugar, ejecuta npm stage publish en cada carpeta de paquete (publica el mismo package.json).</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>La línea %1 publica con %2, que no puede preparar una versión, así que TokenDesk la dejó sin cambios.</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>La línea %1 publica mediante npm de una forma que TokenDesk no reescribe.</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>Cámbiala a npm stage publish a mano (en package.json, si es un script del paquete).</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>%1 no se puede cambiar de forma segura: tras las modificaciones ya no sería YAML válido, así que no se cambió nada. Cambia npm publish por npm stage publish a mano.</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>Se cambió npm publish por npm stage publish en %n línea (%1): las versiones esperan la aprobación de un mantenedor con autenticación en dos fases.</numerusform>
            <numerusform>Se cambió npm publish por npm stage publish en %n líneas (%1): las versiones esperan la aprobación de un mantenedor con autenticación en dos fases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>opción desconocida «%1». Ejecuta &apos;tokendesk-cli --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: opción desconocida «%2». Ejecuta &apos;tokendesk-cli %1 --help&apos; para ver sus opciones.</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 no admite ningún valor</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>iniciar sesión en GitHub, GitLab o CircleCI para que la rotación actualice sus secretos</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci necesita una suborden: login, status, logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>suborden de ci desconocida «%1» (conocidas: login, status, logout)</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login necesita el servicio: github, gitlab o circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>«%1» no es una URL de API; usa la forma https://host/path</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh reutiliza el inicio de sesión de la CLI de GitHub; solo funciona con github</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>los tokens nunca se toman de los argumentos; pásalo por una tubería y usa --with-token</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>opción desconocida «%1» para ci login</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>CircleCI no ofrece inicio de sesión para otras aplicaciones: crea un token de API personal en CircleCI (User Settings &gt; Personal API Tokens) y después pásalo por una tubería: tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>no se indicó ningún token de %1; pásalo por la entrada estándar</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>esta compilación aún no puede comunicarse con %1</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 no aceptó el token: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>Sesión iniciada en %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>no se encontró la CLI de GitHub (gh); instálala y ejecuta «gh auth login», o pasa un token por una tubería con --with-token</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>«gh auth token» falló (¿tiene gh la sesión iniciada? ejecuta «gh auth login»), o pasa un token por una tubería con --with-token</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>Usando el inicio de sesión de la CLI de GitHub. Sus ámbitos predeterminados cubren los secretos de repositorio y de entorno; para los secretos de organización, ejecuta antes «gh auth refresh -s admin:org».</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>Abre %1 e introduce el código %2</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>Esperando la aprobación...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>opción desconocida «%1» para ci logout</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout necesita el servicio: github, gitlab o circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>no has iniciado sesión en %1 para %2</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>Sesión cerrada en %1 (%2); su credencial ya no está en el llavero.</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>opción desconocida «%1» para ci status</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>Ningún servicio de CI con sesión iniciada: tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>SESIÓN INICIADA COMO</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>SECRETO DE CI</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>CONTIENE</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout necesita un número de segundos entre 1 y 3600, por ejemplo --timeout 120</translation>
    </message>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry necesita una URL, por ejemplo --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>«%1» no es una URL de registro; usa la forma https://host/</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>orden desconocida «%1». Ejecuta «tokendesk-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>Gestiona tokens de acceso, sesiones y publicación de confianza de npm desde un terminal.</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>abandonar una solicitud al registro tras este tiempo (predeterminado: 60)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquinas</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>(ninguna todavía en esta compilación)</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>Los secretos se leen de la entrada estándar (--password-stdin), nunca de los argumentos.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>Uso: tokendesk-cli &lt;command&gt; [opciones]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>Opciones globales (antes o después de la orden, como en npm):</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>registro con el que comunicarse (predeterminado: el que tiene configurado npm: npm_config_registry, el .npmrc del proyecto, el del usuario, el npmrc global; si no, https://registry.npmjs.org/)</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>archivo de configuración de usuario de npm en lugar de ~/.npmrc</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>muestra esta ayuda, o la de una orden</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>«%1» no es una URL de registro (%2 en %3); usa la forma https://host/</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>ids de token de la caché local, para el completado de la shell (sin red)</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli completion-ids tokens</source>
        <translation>uso: tokendesk-cli completion-ids tokens</translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation>explicar el log de una publicación de CI fallida: causas probables y soluciones (diagnose &lt;file|-&gt;)</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose admite un argumento: un archivo de log, o - para leer la entrada estándar</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(línea %1 del log)</translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation>encontrar todos los tokens de npm de este equipo y comprobarlos</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor: argumento desconocido «%1»</translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor: la carpeta de proyecto %1 no existe</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>COINCIDENCIA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>No se encontraron credenciales de npm.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>%n token en uso necesita atención (clásico, inservible o a punto de caducar). Ejecuta «tokendesk-cli migrate» para ver el plan.</numerusform>
            <numerusform>%n tokens en uso necesitan atención (clásicos, inservibles o a punto de caducar). Ejecuta «tokendesk-cli migrate» para ver el plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>responder a una versión comprometida: comprobar este equipo y después exigir 2FA, revocar tokens, devolver las etiquetas y marcar como obsoleta</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown necesita un paquete, por ejemplo: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip: paso desconocido «%1» (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown: no se pueden leer los datos de confianza %1 (un archivo trusted_root.json de 4 MiB como máximo)</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>Plan del bloqueo de emergencia:</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>Nada que cambiar: no se aplica ningún paso marcado.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>Detenido antes de cualquier cambio: este equipo tiene un mecanismo de persistencia de un gusano. Un proceso guardián puede borrar tu carpeta personal cuando el token robado deje de funcionar, así que desactívalo primero y después vuelve a ejecutar el bloqueo de emergencia.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli: no se pudo escribir el informe de incidente en %1: %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>Denuncia el malware a npm: %1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume continúa el bloqueo de emergencia inacabado: no indiques ningún paquete</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>no hay ningún bloqueo de emergencia inacabado que continuar</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>Nota: un bloqueo de emergencia anterior (%1) se detuvo antes de terminar. Este se planifica de nuevo a partir del estado del registro; &apos;tokendesk-cli lockdown --resume&apos; continuaría en su lugar el plan anterior.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli: el bloqueo de emergencia se detuvo en un paso que falló; los pasos siguientes no se ejecutaron. Ejecuta &apos;tokendesk-cli lockdown --resume&apos; para reintentarlo y continuar.</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>Esta operación requiere una contraseña de un solo uso, y no hay ningún terminal en el que pedirla.</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>Vuelve a ejecutarla con --otp CODE.</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>Introduce el código OTP: </translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>No se introdujo ninguna contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>Abre esta página para iniciar sesión:</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>Aprueba esta operación en tu navegador:</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>Esperando la aprobación… (Ctrl+C para cancelar)</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Marca «Skip two-factor authentication for the next 5 minutes» en esa página: así esta única aprobación cubre todos los cambios de este lote.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>iniciar sesión en el registro (navegador, o nombre de usuario y contraseña)</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>las contraseñas nunca se toman de los argumentos; pásala por una tubería y usa --password-stdin</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login: opción desconocida «%1»</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type debe ser «web» o «legacy», no «%1»</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>el inicio de sesión legacy necesita --username NAME y la contraseña en stdin (--password-stdin)</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>Sesión iniciada en %1 como %2; %3.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>No has iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>Ejecuta primero «tokendesk-cli login».</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>Ejecuta «tokendesk-cli login» para volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>cerrar la sesión y eliminarla del llavero</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout no admite argumentos</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Sesión cerrada en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>las contraseñas nunca se toman de los argumentos; pásala por una tubería y usa --password-stdin</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace admite los minutos que se conserva el token antiguo después de actualizar los secretos de CI, por ejemplo --grace 10 (se admite 0)</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>no hay ninguna migración esperando una confirmación</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>ninguna fila de la última migración espera una confirmación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>«%1» no es una fila que espere una confirmación (en espera: %2)</translation>
    </message>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>planificar (o aplicar con --apply) el abandono de los tokens clásicos y de larga duración</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>FILA</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>SE USA EN</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>revocación pendiente: reintentar</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>fila %1: %2 — opciones: %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>No hay tokens en uso: nada que migrar.</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>No hay tokens en uso en los archivos que TokenDesk pudo leer; corrige los avisos anteriores y vuelve a ejecutar el plan.</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose admite FILA=ACCIÓN, por ejemplo 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate: argumento desconocido «%1»</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>no hay ninguna migración interrumpida que reanudar o deshacer</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>no hay nada que deshacer: los tokens nuevos están verificados y en uso; ejecuta «tokendesk-cli migrate --resume» para volver a intentar revocar los antiguos</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>se encontró una migración interrumpida (%1); ejecuta «tokendesk-cli migrate --resume» para terminarla o «tokendesk-cli migrate --rollback» para deshacerla</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>la fila %1 no puede ser «%2»</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>crear los tokens de sustitución necesita tu contraseña de npm; pásala por una tubería y usa --password-stdin</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to admite «stage-only» (sustituir todos los tokens de publicación directa en uso por un token de solo preparación)</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>aquí no hay ningún token de publicación directa en uso: nada que pasar a un token de solo preparación</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>indica una de --apply, --resume, --rollback y --confirm</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>la migración se detuvo: %1 Ejecuta «tokendesk-cli migrate --resume» cuando se haya corregido la causa, o «tokendesk-cli migrate --rollback» para deshacerla.</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>la fila %1 (%2) no se migró, su token antiguo sigue funcionando: %3 Corrige la causa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>fila %1: el token nuevo está en uso, pero no se pudo revocar el token antiguo %2 (%3); ejecuta «tokendesk-cli migrate --resume» para reintentarlo</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>FILA</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>el token antiguo se conserva hasta que actualices los lugares siguientes; después ejecuta «tokendesk-cli migrate --confirm %1»</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Copias de seguridad:</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>muéstralo con: secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>La fila %1 (%2) te espera:</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>Después: tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>fila %1: el token antiguo sigue siendo válido hasta %2 (las ejecuciones ya en cola conservan el valor antiguo); entonces se revoca. Ctrl-C es seguro: «tokendesk-cli migrate --resume» lo termina.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>fila %1: %2 contiene este token; recibe el nuevo</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>enviando el token nuevo a %1</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>enviado a %1</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>verificado: %1 contiene el token nuevo</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>pon el token nuevo en %1 (%2), o inicia sesión: tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>, con procedencia</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDICTO</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>PUBLICADO MEDIANTE</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>ÚLTIMA VERSIÓN</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>No hay paquetes que publicar en esta cuenta.</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>Solución (%1):</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Se desconoce: %1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>Se desconoce para todos los paquetes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n paquete en riesgo en enero de 2027 (no se ha anunciado el día exacto).</numerusform>
            <numerusform>%n paquetes en riesgo en enero de 2027 (no se ha anunciado el día exacto).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>la vía de publicación de cada paquete y su veredicto para enero de 2027</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing: argumento desconocido «%1»</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing: la carpeta de proyecto %1 no existe</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation>ejecutar una orden con un token guardado en NODE_AUTH_TOKEN / NPM_TOKEN</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token necesita un ID de token (consulta «tokendesk-cli token list»)</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run necesita una orden: tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 no tiene ningún token activo. Crea uno con «tokendesk-cli token create».</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>ninguno de los tokens activos de %1 está en este llavero. Crea uno con «tokendesk-cli token create», o elige uno con --token.</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>el token «%1» (%2) no está en este llavero: su secreto nunca se guardó aquí.</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run: no se puede iniciar «%1»: %2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run: «%1» terminó de forma anómala</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>listar, ver, comparar, descargar, aprobar y rechazar versiones preparadas</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage necesita una suborden: %1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>suborden de stage desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>Falta el argumento obligatorio &lt;stage-id&gt;</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>aprobar versiones preparadas, lo que las publica (npm stage approve)</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>rechazar versiones preparadas, lo que las elimina (npm stage reject)</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type es web o legacy</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>Falta el argumento obligatorio &lt;stage-id&gt; (o --all para todas las versiones preparadas)</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>Indica ids de versiones preparadas o --all, pero no ambos</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package solo se puede usar con --all</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>Se omite %1 (%2): el registro todavía la está validando.</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>En el orden de dependencias del espacio de trabajo de %1.</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>Al rechazarla, esta publicación preparada y su tarball se eliminarán permanentemente del registro.</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>Cada versión preparada necesita su propia aprobación en el navegador (la opción «skip 2FA for 5 minutes» de npm no las cubre); con --otp CODE, un solo código sirve para todas mientras sea válido.</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>Aprobando el paquete preparado %1</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>Rechazando el paquete preparado %1</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>No se intentaron tras el error: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>comparar una versión preparada con la última publicada</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>guardar el tarball de una versión preparada en la carpeta actual (npm stage download)</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>No se pudo leer package.json del tarball</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>paquete: %1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>total de archivos: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>listar las versiones preparadas que puedes ver (npm stage list)</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>No se admiten especificadores de versión al listar paquetes preparados</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli: no se listó: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>mostrar una versión preparada (npm stage view)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>listar, crear, rotar y revocar tokens de acceso</translation>
    </message>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token necesita una suborden: %1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>suborden de token desconocida «%1» (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password: las contraseñas nunca se toman de los argumentos; pásala por una tubería y usa --password-stdin</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires: «%1» no es un número entero de días</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 debe ser uno de %2, no «%3»</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>todos los paquetes</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>organizaciones %1 (%2)</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>Token creado %1</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  nombre:   %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  clave:    %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  permisos: %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  desde IP: %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  omite la 2FA</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  caduca:   %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>Guardado en tu llavero; «tokendesk-cli run -- &lt;command&gt;» lo usa.</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>aviso: se creó el token, pero no se pudo guardar en tu llavero (%1). Cópialo ahora: solo se muestra esta vez.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>crear un token granular con las opciones de npm; se guarda en tu llavero</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create necesita tu contraseña de npm: pásala a la entrada estándar y añade --password-stdin</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: la entrada estándar no contenía ninguna contraseña</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Contraseña incorrecta o ausente.</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>Tu sesión sigue siendo válida; comprueba la contraseña y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>listar todos los tokens de la cuenta con la sesión iniciada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list: argumento desconocido «%1»</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (revocado)</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>No hay tokens. (Las sesiones de login nunca se listan.)</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>Este registro no informa de la caducidad de los tokens.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>revocar tokens por ID (un prefijo de clave único, como en «token list»)</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>El ID de token «%1» era ambiguo; puede que se haya creado un token nuevo desde la última vez que ejecutaste `tokendesk-cli token list`.</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>ID o valor de token desconocido «%1».</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke necesita el ID de un token; «tokendesk-cli token list» los muestra</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>Se eliminaron %1 token(s) antes de este fallo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>Se eliminó %n token</numerusform>
            <numerusform>Se eliminaron %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>sustituir un token por uno nuevo con los mismos permisos y actualizar sus usos</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate necesita un ID de token (como lo muestra «token list»)</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>crear el token nuevo necesita tu contraseña de npm; pásala por una tubería y usa --password-stdin</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>se encontró una migración interrumpida; ejecuta primero «tokendesk-cli migrate --resume» o «--rollback»</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>ningún token activo tiene el ID «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>«%1» coincide con %2 tokens; da más caracteres del ID</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>Rotando «%1» (%2): %n referencia que actualizar.</numerusform>
            <numerusform>Rotando «%1» (%2): %n referencias que actualizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>aviso: ningún .npmrc de aquí usa este token (o no se puede distinguir de otro por su forma enmascarada); allí donde se use —secretos de CI, otros equipos— pon el token nuevo: el antiguo se revoca.</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust necesita una suborden: %1</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type debe ser «web» o «legacy», no «%1»</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 admite como máximo un paquete o carpeta</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>se configuraría %1: %2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>El nombre del paquete debe indicarse como argumento o en el archivo package.json</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci necesita --org-id, --project-id, --pipeline-definition-id y --vcs-origin</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>El repositorio de GitHub debe indicarse con el formato propietario/repositorio</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>El proyecto de GitLab debe indicarse como grupo/proyecto</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 no tiene ningún remoto de GitHub o GitLab con el que comparar</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1: aún no está en el registro; publícalo una vez y después configura la publicación de confianza.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n paquete necesita atención</numerusform>
            <numerusform>%n paquetes necesitan atención</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUETE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORIO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation>PERMITE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation>no está en el registro</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>sin publicador de confianza</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n paquete no está en el registro: %1</numerusform>
            <numerusform>%n paquetes no están en el registro: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n paquete sin configurar: %1</numerusform>
            <numerusform>%n paquetes sin configurar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke necesita un paquete y --id &lt;id&gt; (consulta trust list)</translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>se eliminaría el publicador de confianza %1 de %2</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 no tiene ningún publicador de confianza con el ID %2 (o el paquete no está en el registro); consulta «tokendesk-cli trust list %1».</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1: publicador de confianza %2 eliminado</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>publicación de confianza: list, github, gitlab, circleci, revoke (las opciones de npm trust, más --all y --replace; solo preparar salvo con --allow-publish), check &lt;folder&gt; y workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace necesita exactamente un paquete (los ID de configuración pertenecen a un solo paquete)</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>después se revocaría %1 de %2</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>el repositorio no tiene ningún flujo de trabajo: indica cuál con --file</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1: %n publicador de confianza en npm, comparado con el flujo de trabajo que indica.</numerusform>
            <numerusform>%1: %n publicadores de confianza en npm, cada uno comparado con el flujo de trabajo que indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1: no hay ningún publicador de confianza configurado en npm.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 ya tiene otro publicador de confianza y no hay sitio para otro más. Consulta «tokendesk-cli trust list %1», quita uno con «trust revoke» y vuelve a ejecutar esto.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 ya tiene otro publicador de confianza (%2) y no hay sitio para otro más. Quita uno (por ejemplo, «tokendesk-cli trust revoke %1 --id %3») y vuelve a ejecutar esto.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>No hay ningún npm publish que cambiar a npm stage publish.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>No se escribió nada; vuelve a ejecutarlo con --apply para escribir %n archivo.</numerusform>
            <numerusform>No se escribió nada; vuelve a ejecutarlo con --apply para escribir %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>repositorio: %1 (de package.json)</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>proyecto: %1 (de package.json)</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>Uso: tokendesk-cli diagnose &lt;log-file|-&gt;

Lee el log de una publicación de CI fallida (un archivo, o - para la entrada estándar) y muestra
las causas probables, de la más a la menos probable, cada una con una solución concreta.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation>Uso: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Encuentra todos los tokens de npm de este equipo (archivos de configuración de npm, carpetas de proyecto,
el entorno, .yarnrc.yml y flujos de trabajo de CI) y comprueba cada uno con la
cuenta. Estado de salida 1 cuando hay en uso un token clásico, inservible o a punto de caducar.

  --project DIR      analizar también esta carpeta de proyecto (repetible)
  --userconfig FILE  la configuración de usuario que leer en lugar de ~/.npmrc
  --json             (global) los hallazgos en JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>Uso: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Ejecuta la orden con un token guardado en NODE_AUTH_TOKEN y NPM_TOKEN, solo en
su entorno: ninguna línea en .npmrc, nada en la línea de órdenes.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
       tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
       tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
       tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
       tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
       tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  what the workflow may do
  --auth-type web|legacy  approve in the browser (one approval, ticking &quot;skip 2FA
                          for 5 minutes&quot;, covers --all) or type a code
  --otp CODE              the one-time password
  --dry-run               show what would be done</source>
        <translation>Uso: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
       tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
       tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
       tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
       tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
       tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  lo que puede hacer el flujo de trabajo
  --auth-type web|legacy  aprobar en el navegador (una sola aprobación, marcando «skip 2FA
                          for 5 minutes», cubre --all) o escribir un código
  --otp CODE              la contraseña de un solo uso
  --dry-run               mostrar lo que se haría</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>Uso: tokendesk-cli whoami

Muestra el nombre de usuario con el que te conoce el registro.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli stage list [&lt;package&gt;]
       tokendesk-cli stage view &lt;stage-id&gt;
       tokendesk-cli stage download &lt;stage-id&gt;
       tokendesk-cli stage diff &lt;stage-id&gt;
       tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
       tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

Staged versions wait, unpublished, until a maintainer approves them with 2FA.
list, view and download print what npm stage prints; list covers every account
signed in to the registry, the other subcommands the one signed in last. diff
compares a staged tarball with the last published version (files, package.json,
install scripts).

  --otp CODE              one code for the whole batch, reused while it is valid
  --auth-type web|legacy  a browser approval per version (default), or a code
  --project DIR           approve in the dependency order of this workspace
  --json                  machine-readable output</source>
        <translation>Uso: tokendesk-cli stage list [&lt;package&gt;]
       tokendesk-cli stage view &lt;stage-id&gt;
       tokendesk-cli stage download &lt;stage-id&gt;
       tokendesk-cli stage diff &lt;stage-id&gt;
       tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
       tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

Las versiones preparadas esperan, sin publicar, hasta que un mantenedor las aprueba
con 2FA. list, view y download muestran lo mismo que npm stage; list abarca todas
las cuentas con sesión iniciada en el registro, y las demás subórdenes, la última
que inició sesión. diff compara el tarball de una versión preparada con la última
versión publicada (archivos, package.json, scripts de instalación).

  --otp CODE              un solo código para todo el lote, reutilizado mientras sea válido
  --auth-type web|legacy  una aprobación en el navegador por versión (predeterminado) o un código
  --project DIR           aprobar en el orden de dependencias de este espacio de trabajo
  --json                  salida legible por máquinas</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>Uso: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Todos los paquetes que puedes publicar, cómo se publican hoy (publicadores de confianza,
tokens y dónde se usan, la última versión) y si eso sobrevive a enero de 2027,
cuando npm termina con la publicación directa con tokens. Para cada paquete en
riesgo muestra la solución. Estado de salida 1 mientras algún paquete esté en riesgo.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

Signs in to a CI service so &apos;token rotate&apos; and &apos;migrate --apply&apos; update its
secrets themselves: push the new token, verify it, wait the grace period, then
revoke the old one. The credential is kept in the keychain.

  --with-token    read the token from standard input (never from an argument)
  --from-gh       reuse the GitHub CLI&apos;s sign-in (&apos;gh auth token&apos;)
  (neither)       sign in in the browser with a one-time code (GitHub, GitLab)
  --host HOST     GitHub Enterprise or self-managed GitLab (default the public one)
  --api-url URL   the API base, when it is not the host&apos;s usual one
  --project DIR   status: the CI secrets this project&apos;s workflows read</source>
        <translation>Uso: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

Inicia sesión en un servicio de CI para que «token rotate» y «migrate --apply»
actualicen sus secretos por sí mismos: envían el token nuevo, lo verifican, esperan
el periodo de gracia y revocan el antiguo. La credencial se guarda en el llavero.

  --with-token    leer el token de la entrada estándar (nunca de un argumento)
  --from-gh       reutilizar el inicio de sesión de la CLI de GitHub («gh auth token»)
  (ninguna)       iniciar sesión en el navegador con un código de un solo uso (GitHub, GitLab)
  --host HOST     GitHub Enterprise o GitLab autogestionado (de forma predeterminada, el público)
  --api-url URL   la base de la API, cuando no es la habitual del host
  --project DIR   status: los secretos de CI que leen los flujos de trabajo de este proyecto</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Plans the move off classic and long-lived tokens: one row per token in use.

  --apply             create the replacements, rewrite every reference, verify,
                      then revoke the old tokens (journaled, crash-safe)
  --no-ci             do not update CI secrets (confirm them by hand instead)
  --grace MINUTES     keep the old token this long after the CI secrets were
                      updated (default 10; 0 allowed)
  --choose ROW=ACTION change a row&apos;s action, e.g. 2=create-read-only
  --to stage-only     replace every direct-publish token in use by a stage-only
                      token (January 2027); keep the other rows
  --confirm ROW|TOKEN you updated a CI secret or variable: revoke the old token
  --resume, --rollback finish or undo an interrupted run
  --otp CODE, --password-stdin  the second factor and the password</source>
        <translation>Uso: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Planifica el abandono de los tokens clásicos y de larga duración: una fila por cada token en uso.

  --apply             crear los sustitutos, reescribir cada referencia, verificar
                      y después revocar los tokens antiguos (con diario, a prueba de fallos)
  --no-ci             no actualizar los secretos de CI (confirmarlos a mano en su lugar)
  --grace MINUTES     conservar el token antiguo este tiempo después de actualizar
                      los secretos de CI (10 de forma predeterminada; se admite 0)
  --choose ROW=ACTION cambiar la acción de una fila, p. ej. 2=create-read-only
  --to stage-only     sustituir cada token de publicación directa en uso por un token
                      de solo preparación (enero de 2027); conservar las demás filas
  --confirm ROW|TOKEN actualizaste un secreto o una variable de CI: revocar el token antiguo
  --resume, --rollback terminar o deshacer una ejecución interrumpida
  --otp CODE, --password-stdin  el segundo factor y la contraseña</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Uso: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Inicia sesión y guarda la sesión de 2 horas en el llavero.

  --auth-type web     iniciar sesión en el navegador (predeterminado)
  --auth-type legacy  nombre de usuario y contraseña (leída de la entrada estándar)
  --otp CODE          la contraseña de un solo uso, si la cuenta la pide
  --scope @SCOPE      iniciar sesión en el registro del ámbito (@SCOPE:registry en .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Uso: tokendesk-cli logout [--scope @SCOPE]

Cierra la sesión en el registro y la quita del llavero.

  --scope @SCOPE      el registro del ámbito (@SCOPE:registry en .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</source>
        <translation>Uso: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

Checks who published a version (the latest by default): the registry&apos;s signature,
the provenance bundle, and the repository, workflow, ref and trigger in its
certificate against the package&apos;s remembered trust configs and earlier releases.
Exit status 1 when a version is suspicious or failed.

  --all-versions     every version, oldest first
  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys
                     (a trusted_root.json, such as the sandbox&apos;s /-/sandbox/trusted-root)
  --json             the checks and verdicts as JSON</source>
        <translation>Uso: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

Comprueba quién publicó una versión (la más reciente, de forma predeterminada): la firma del registro,
el bundle de procedencia, y el repositorio, el flujo de trabajo, la ref y el desencadenador de su
certificado frente a las configuraciones de confianza recordadas del paquete y las versiones anteriores.
Estado de salida 1 cuando una versión es sospechosa o falla.

  --all-versions     todas las versiones, de la más antigua a la más reciente
  --trust-root FILE  datos de confianza que usar en lugar de las claves de Sigstore y npm incluidas
                     (un trusted_root.json, como /-/sandbox/trusted-root del entorno de pruebas)
  --json             las comprobaciones y los veredictos en JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

Muestra los identificadores de los tokens de la caché local de TokenDesk, uno por línea,
para el autocompletado de bash, zsh y fish. Sin red, sin llavero, sin secretos.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
       tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
       tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
       tokendesk-cli watch exclude|include &lt;package&gt;

Watches every package your signed-in accounts can write (and the pinned ones) for
new versions, moved dist-tags, deprecations and new maintainers, and judges each
release: who published it (provenance, as &apos;verify&apos; checks it), install scripts and
other content signals, bursts across your packages. The first run takes a baseline
and alarms on nothing already published. An alarm stays open until you answer it.
Exit status with --once: 1 while an alarm is open, 0 otherwise, 2 when the watch
could not run or the command line is wrong.

  --once             one pass over every package, then exit
  --interval MIN     minutes between two reads of a package (5 to 1440; default 10)
  --trust-root FILE  trust data to use instead of the shipped Sigstore and npm keys
  --json             the releases with level, reasons, codes and publisher as JSON
  ack                &quot;it was me&quot;: closes the alarms of that version
  expect --for MIN   a manual publish of the package in the next MIN minutes
                     (default 60) is not an alarm
  exclude / include  stop judging the package&apos;s releases (never an alarm), or
                     judge them again; remembered</source>
        <translation>Uso: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
     tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
     tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
     tokendesk-cli watch exclude|include &lt;package&gt;

Vigila todos los paquetes en los que pueden escribir tus cuentas con sesión iniciada
(y los fijados) en busca de versiones nuevas, etiquetas movidas, versiones marcadas
como obsoletas y mantenedores nuevos, y juzga cada versión: quién la publicó
(procedencia, tal como la comprueba «verify»), scripts de instalación y otras señales
del contenido, ráfagas en varios de tus paquetes. La primera ejecución toma una
referencia inicial y no da la alarma por nada ya publicado. Una alarma sigue abierta
hasta que la respondes. Código de salida con --once: 1 mientras haya una alarma
abierta, 0 en otro caso, 2 si la vigilancia no pudo ejecutarse o la línea de
órdenes es incorrecta.

  --once             una pasada por todos los paquetes y salir
  --interval MIN     minutos entre dos lecturas de un paquete (de 5 a 1440; 10 por defecto)
  --trust-root FILE  datos de confianza en lugar de las claves de Sigstore y npm incluidas
  --json             las versiones con nivel, motivos, códigos y publicador en JSON
  ack                «fui yo»: cierra las alarmas de esa versión
  expect --for MIN   una publicación manual del paquete en los próximos MIN minutos
                     (60 por defecto) no es una alarma
  exclude / include  dejar de juzgar las versiones del paquete (nunca una alarma) o
                     volver a juzgarlas; se recuerda</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                              [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                              [--trust-root FILE]
       tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

Responds to a compromised release. Reads each package, your tokens and the bad
versions (--bad, else the publish watch&apos;s open alarms), prints the plan, then checks
this machine for a worm&apos;s persistence (a watchdog that wipes your home folder when
the stolen token dies) and, if none is found, runs every step that applies under one
2FA approach: require-2fa, revoke-trust, revoke-tokens, remove-maintainers,
reject-staged, move-tags, deprecate (unpublish is only explained). Writes an incident
report. Exit status: 0 every step done, 1 a step failed (--resume retries it), 2 a
usage error or facts that could not be read, 3 persistence found (nothing changed).

  --dry-run          print the plan and change nothing
  --resume           carry on the newest unfinished lockdown (this program&apos;s or
                     the desktop&apos;s) from its first step not done
  --otp CODE         a one-time code, reused while the registry accepts it
  --skip STEP        leave a step out (the ids above); repeatable
  --bad VERSION      a bad version (repeatable); default: the watch&apos;s open alarms
  --keep-ci-tokens   keep the tokens TokenDesk verified in your own CI
  --report FILE      where the incident report goes (default: lockdown-&lt;time&gt;.md
                     in the current folder)
  --trust-root FILE  trust data, as for watch and verify</source>
        <translation>Uso: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                            [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                            [--trust-root FILE]
     tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

Responde a una versión comprometida. Lee cada paquete, tus tokens y las versiones malas
(--bad o, si no, las alarmas abiertas de la vigilancia de publicaciones), muestra el plan,
después busca en este equipo el mecanismo de persistencia de un gusano (un proceso guardián
que borra tu carpeta personal cuando el token robado deja de funcionar) y, si no encuentra
ninguno, ejecuta todos los pasos que correspondan con una sola aprobación 2FA: require-2fa,
revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate
(unpublish solo se explica). Escribe un informe de incidente. Estado de salida: 0 todos los
pasos hechos, 1 un paso falló (--resume lo reintenta), 2 error de uso o datos
que no se pudieron leer, 3 persistencia encontrada (no se cambió nada).

  --dry-run          muestra el plan y no cambia nada
  --resume           continúa el bloqueo de emergencia inacabado más reciente (de este programa
                     o de la aplicación de escritorio) desde su primer paso sin hacer
  --otp CODE         un código de un solo uso, reutilizado mientras el registro lo acepte
  --skip STEP        omite un paso (los identificadores de arriba); se puede repetir
  --bad VERSION      una versión mala (se puede repetir); predeterminado: las alarmas abiertas de la vigilancia
  --keep-ci-tokens   conserva los tokens que TokenDesk verificó en tu propia CI
  --report FILE      dónde se escribe el informe de incidente (predeterminado: lockdown-&lt;time&gt;.md
                     en la carpeta actual)
  --trust-root FILE  datos de confianza, como en watch y verify</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>comprobar quién publicó cada versión: firma, procedencia e identidad del publicador</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify: un paquete cada vez («%1» sobra)</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify necesita un paquete, por ejemplo: tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify: indica una versión o --all-versions, no ambas</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify: no se pueden leer los datos de confianza %1 (un archivo trusted_root.json de 4 MiB como máximo)</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>No hay configuraciones de confianza de %1 registradas: el publicador solo se compara con las versiones anteriores.</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>vigilar las publicaciones de tus paquetes y dar la alarma por las que no hizo tu vía de publicación</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval necesita un número de minutos de 5 a 1440 (el registro guarda en caché los documentos de paquete durante 5 minutos)</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch: no se pueden leer los datos de confianza %1 (un archivo trusted_root.json de 4 MiB como máximo)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n paquete vigilado</numerusform>
            <numerusform>%n paquetes vigilados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n alarma abierta</numerusform>
            <numerusform>%n alarmas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack necesita una versión, por ejemplo: tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2: marcada como tuya; queda %n alarma abierta.</numerusform>
            <numerusform>%1@%2: marcada como tuya; quedan %n alarmas abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect necesita un paquete, por ejemplo: tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for necesita un número de minutos de 1 a 1440</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>Una publicación manual de %1 hasta %2 no dará la alarma.</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>versión nueva</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>versión nueva de %1</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>etiqueta %1 movida de %2 a %3</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>marcada como obsoleta</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>versión eliminada</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mantenedor %1 añadido</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mantenedor %1 quitado</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>preparada por %1, que nunca la había preparado antes</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch: suborden desconocida «%1» (ack, expect, exclude, include o ninguna)</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude necesita un paquete, por ejemplo: tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include necesita un paquete, por ejemplo: tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 está excluido de la vigilancia: sus versiones se muestran, pero nunca se juzgan ni dan la alarma.</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 vuelve a estar vigilado.</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>mostrar el nombre de usuario con el que te conoce el registro</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami no admite argumentos</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>el documento de atestaciones ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>el documento de atestaciones no es JSON</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>al documento de atestaciones le falta una parte o no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>el documento de atestaciones tiene una parte de un tipo inesperado</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>no se puede verificar con los datos de confianza de este TokenDesk (actualiza TokenDesk)</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1: la declaración trata de «%2» (%3), no de %4: pertenece a otro paquete o versión.</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1: la declaración nombra %2.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1: el sha512 de la declaración no es el dist.integrity de la versión: avala otro contenido.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1: el sha512 de la declaración coincide con el dist.integrity de la versión.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1: la firma del sobre se verifica.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1: la firma del sobre no se verifica: su declaración se modificó después de firmarse, o la firmó otra clave.</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1: el bundle no tiene entrada en el log de transparencia, así que no se pueden comprobar ni su hora ni su publicación.</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>Atestación de publicación</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>Atestación de publicación: la clave del registro %1 es desconocida; la atestación %2.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>Atestación de publicación: firmada con la clave del registro %1, que caducó el %2, antes de que se registrara la atestación en el log.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>Atestación de publicación: firmada con la clave del registro %1.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>Procedencia: el bundle no lleva ningún certificado de firma.</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>No se pudieron verificar las atestaciones de %1@%2: %3.</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>El dist.integrity de la versión no tiene sha512, así que no se puede asociar ninguna atestación a su contenido.</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>El formato de bundle «%1» es más reciente de lo que lee este TokenDesk; %2.</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>No hay atestación de publicación de npm para %1.</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>No hay procedencia para %1: no se puede comprobar quién lo compiló.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>Procedencia: no se puede leer el certificado de firma.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>Procedencia: el certificado de firma lo emitió la autoridad de certificación de Sigstore %1 y era válido en la hora del log %2.</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>ninguna autoridad de certificación válida en ese momento</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>Procedencia: el certificado de firma afirma proceder de una autoridad de certificación de Sigstore, pero no se encadena a ella en la hora del log %1 (%2).</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>Procedencia: la autoridad del certificado de firma es desconocida; el certificado %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>Procedencia: el certificado es para firma de código.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>Procedencia: el certificado no es un certificado de firma de código.</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>SCT no comprobado: no hay ningún log de transparencia de certificados en estos datos de confianza.</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>Procedencia: el certificado no lleva marca de tiempo de transparencia de certificados (SCT); la autoridad de Sigstore siempre incluye una.</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>Procedencia: el certificado se registró en el log de transparencia de certificados %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>Procedencia: la marca de tiempo de transparencia del certificado (SCT) no se verifica con el log que nombra.</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>Procedencia: el log de transparencia de certificados de la marca de tiempo del certificado es desconocido; %1.</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1: el log de transparencia %2 es desconocido; la entrada %3.</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1: la entrada del log (%2 %3) no tiene ninguna marca de tiempo de entrada firmada que esta versión de TokenDesk sepa leer; %4.</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1: la entrada del log afirma una hora (%2) fuera del periodo en que la clave del log era válida.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1: la marca de tiempo de entrada firmada del log no se verifica: se modificó la entrada, su hora o su índice.</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1: registrado en %2 el %3 (entrada %4), firmado por el log.</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1: la entrada del log no describe este sobre (difieren su hash de contenido, su firma o su firmante): se registró para otra cosa.</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1: la entrada del log recoge el contenido, la firma y el firmante de este sobre.</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1: este bundle más antiguo no lleva prueba de inclusión; la marca de tiempo de entrada firmada del log avala la entrada.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1: la prueba de inclusión de Merkle no lleva de la entrada al hash raíz del log.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1: la prueba de inclusión de Merkle sitúa la entrada en un log de %2 entradas.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1: el punto de control firmado del log no se verifica o nombra un árbol distinto del de la prueba de inclusión.</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1: el log firmó el punto de control de ese árbol.</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>No se pudo verificar: el certificado de procedencia está vacío o es más grande de lo que acepta TokenDesk.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>No se pudo verificar: el certificado de procedencia no es DER válido. Los datos del registro pueden estar dañados; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>No se pudo verificar: la extensión %1 del certificado de procedencia está mal formada.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>No se pudo verificar: el certificado de procedencia no nombra ningún emisor, así que no dice nada de quién publicó.</translation>
    </message>
</context>
<context>
    <name>td::provenance::LastReleaseCheck</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the publish path and verdict (&quot;Published by … — suspicious&quot;), %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no release to check yet.</source>
        <translation>%1 todavía no tiene ninguna versión que comprobar.</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Publica primero una versión.</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>No se pudo verificar: el documento del paquete ocupa más de 64 MiB.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>No se pudo verificar: el documento del paquete del registro no es JSON válido. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>No se pudo verificar: el documento del paquete del registro no incluye ninguna versión.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>No se pudo verificar: el documento del paquete del registro tiene más de %1 niveles de anidamiento, algo que no tiene ningún documento de npm.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>No se pudo verificar: el documento del paquete del registro no tiene nombre.</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPathWords</name>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>CircleCI</source>
        <translation>CircleCI</translation>
    </message>
    <message>
        <source>provenance verified</source>
        <translation>procedencia verificada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>sospechosa</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>error de verificación</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>Publicada por %1 desde %2, %3 en %4</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>Publicada como versión preparada aprobada por %1, sin procedencia</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>Publicada por un publicador de confianza, sin procedencia</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publicada por %1 con un token, sin procedencia</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>como versión preparada que aprobó un mantenedor</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>a través de un publicador de confianza</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>con procedencia</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>con un token y sin procedencia</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>ramas</translation>
    </message>
    <message>
        <source>other refs</source>
        <translation>otras refs</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>Publicada %1, pero la versión %2 se publicó %3 antes que ella: una rebaja de confianza.</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>Compilada desde el repositorio con id %1, pero las versiones anteriores procedían del id %2: el repositorio se eliminó y se volvió a crear, u otro tomó su nombre.</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>El propietario del repositorio tiene el id %1, pero las versiones anteriores tenían el id de propietario %2.</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>Compilada desde %1, pero las versiones anteriores se compilaron desde %2.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>Compilada por el flujo de trabajo %1, pero las versiones anteriores las compiló %2.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>El flujo de trabajo se ejecutó con %1, un evento que puede provocar alguien sin acceso de escritura; las versiones no se compilan así.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>El flujo de trabajo se ejecutó con %1, pero las versiones anteriores se ejecutaron con %2.</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>Compilada igual que la %n versión anterior con procedencia.</numerusform>
            <numerusform>Compilada igual que las %n versiones anteriores con procedencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>TokenDesk no tiene configuraciones de confianza registradas de este paquete, así que el publicador solo se comparó con las versiones anteriores.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>Publicada a través de un publicador de confianza, pero sin procedencia: no se pueden comprobar el repositorio ni el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>Publicada por %1 con un token, no a través del publicador de confianza del paquete.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>GitHub Actions %1, %2</source>
        <translation>GitHub Actions %1, %2</translation>
    </message>
    <message>
        <source>GitLab CI %1, %2</source>
        <translation>GitLab CI %1, %2</translation>
    </message>
    <message>
        <source>CircleCI %1</source>
        <translation>CircleCI %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>La procedencia se emitió para %1, pero el publicador de confianza %2 espera %3.</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>Compilada desde el repositorio %1, pero el publicador de confianza %2 nombra %3.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>Compilada por el flujo de trabajo %1, pero el publicador de confianza %2 nombra %3.</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>Compilada en el entorno %1, pero el publicador de confianza %2 requiere %3.</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>Compilada en un ejecutor %1; el publicador de confianza %2 solo publica desde ejecutores hospedados en GitHub.</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>El publicador coincide con el publicador de confianza %1.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>Publicada a través de un publicador de confianza, pero su procedencia no se pudo verificar: no se pueden comprobar el repositorio ni el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>Compilado en un ejecutor %1, no en uno alojado por el servicio de CI: quien controle ese equipo podría haber modificado el paquete.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>La lista de claves del registro ocupa más de 1 MiB.</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>La lista de claves del registro no es el JSON esperado ({&quot;keys&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>Se ignoró la clave %1: no se puede leer su fecha de caducidad.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>Se ignoró la clave %1: TokenDesk no conoce el tipo de clave «%2».</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>Se ignoró la clave %1: su material de clave no coincide con su keyid.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>El documento de la versión no es el solicitado: su %1 es «%2», se esperaba «%3». Una firma en él no cuenta (puede haberse reutilizado de otro paquete).</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>El documento de la versión de %1 no es un objeto JSON, así que no puede ser el que firmó el registro.</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 no lleva firma del registro, así que no se puede comprobar que el registro publicara este contenido.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>La firma del registro de %1 usa la clave %2, que caduca; sin la hora de publicación, TokenDesk no puede saber si era válida cuando se publicó la versión.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>La firma del registro de %1 usa la clave %2, que caducó el %3, a más tardar cuando se publicó la versión (%4).</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>El registro firmó %1 con su clave %2.</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>La firma del registro de %1 no coincide con su nombre, versión e integridad: el documento de la versión se modificó después de que el registro lo firmara, o la firma pertenece a otro paquete.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>La firma del registro de %1 usa la clave %2, que no se puede verificar con los datos de confianza de este TokenDesk (actualiza TokenDesk).</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>El archivo de datos de confianza ocupa más de 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>Los datos de confianza no son JSON. Usa un trusted_root.json de Sigstore o el archivo que el entorno de pruebas sirve en /-/sandbox/trusted-root.</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>Los datos de confianza no son una raíz de confianza de Sigstore (su mediaType es «%1»).</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>No se puede leer el archivo de datos de confianza %1: %2.</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 no tiene la versión %2 en este registro.</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(más reciente)</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>Comprueba la versión con &apos;npm view %1 versions&apos;.</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>Sin procedencia: nada firmado indica qué repositorio o flujo de trabajo compiló esta versión.</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>No se pudieron obtener las atestaciones: %1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>No se pudo verificar: las atestaciones ocupan más de 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>No se pudieron leer los datos de confianza: %1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>Indica un archivo trusted_root.json, como /-/sandbox/trusted-root del entorno de pruebas.</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>Un registro compatible con npmjs en 127.0.0.1 para prácticas y pruebas.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>Puerto TCP (0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>Conservar el estado en este archivo entre reinicios (escrituras atómicas).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox: --port no válido</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>Reglas que aplicar: current (las actuales), 2025-10 (se permiten tokens clásicos) o 2027-01 (los tokens que omiten la 2FA ya no pueden publicar directamente, solo preparar).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox: --era debe ser current, 2025-10 o 2027-01</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>Datos iniciales: demo, watch, empty o un archivo JSON.</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>Código de un solo uso (aplicación de autenticación o correo electrónico)</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>Omitir la autenticación en dos fases durante los próximos 5 minutos</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>Inicia sesión para completar el acceso desde la línea de órdenes.</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>Aprueba la orden «%1» para %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>Esta solicitud no existe, ha caducado o ya se respondió.</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>Te hemos enviado un código por correo electrónico (consulta GET /-/sandbox/outbox).</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticación en dos fases</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>La solicitud se ha denegado. Puedes cerrar esta página.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>Introduce el código que te enviamos por correo electrónico.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Ese código no es válido.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>Aprobado. Vuelve a tu terminal.</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>El documento del paquete %1 en el registro no es JSON válido.</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>La vigilancia lo volverá a intentar en el próximo turno del paquete.</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>El registro se niega a mostrar %1 incluso con tu token de lectura.</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 no es público; para vigilarlo hace falta un token de lectura en el llavero.</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>El tamaño descomprimido saltó de %1 en %2 a %3.</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>El número de archivos saltó de %1 en %2 a %3.</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>Añade un script %1: «%2» (%3 no tenía ninguno).</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>Cambia el script %1 de «%2» en %3 a «%4».</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>Depende de %1 desde %2, no desde el registro.</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>Añade la dependencia opcional %1 (%2); %3 no tenía ninguna con ese nombre.</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>Añade la orden %1 (%2).</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>Hace que la orden %1 apunte a %2 en lugar de a %3.</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>Compila código nativo desde un binding.gyp al instalar (node-gyp lo ejecuta sin ningún script de instalación); %1 no lo hacía.</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>La primera versión en %n día: la anterior, %1, se publicó el %2.</numerusform>
            <numerusform>La primera versión en %n días: la anterior, %1, se publicó el %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>Se eliminó la etiqueta %1; apuntaba a %2.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>La etiqueta %1 se movió de %2 de vuelta a %3, una versión principal más antigua.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>La etiqueta %1 se movió de %2 de vuelta a la versión más antigua %3.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>La etiqueta %1 se movió de %2 a otra versión principal, %3.</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>No se pudieron leer las versiones preparadas de %1: %2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>La memoria de la vigilancia de publicaciones (%1) ocupa %2, mucho más de lo posible; se ha apartado y la vigilancia empieza de nuevo a partir de lo que muestra ahora el registro.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>No se pudo leer la memoria de la vigilancia de publicaciones (%1): %2 La vigilancia empieza de nuevo a partir de lo que muestra ahora el registro.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>La memoria de la vigilancia de publicaciones (%1) está dañada; se ha apartado y la vigilancia empieza de nuevo a partir de lo que muestra ahora el registro, sin alarmas por versiones ya publicadas.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>versión nueva</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>etiqueta %1 añadida</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>etiqueta %1 quitada</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 movida desde %2</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>marcada como obsoleta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>publicación retirada</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mantenedor %1 añadido</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mantenedor %1 quitado</translation>
    </message>
    <message>
        <source>staged by %1</source>
        <translation>preparada por %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · por %2</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1 (historial)</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1 (respondida)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>Vía de publicación e identidad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchService</name>
    <message>
        <source>The list of recent releases %1 could not be read (%2); it starts empty.</source>
        <translation>No se pudo leer la lista de versiones recientes %1 (%2); empieza vacía.</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>La lista de versiones recientes %1 está dañada; empieza vacía.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>Nada que vigilar: no hay ninguna cuenta con sesión iniciada ni ningún paquete fijado. Inicia sesión primero con &apos;tokendesk-cli login&apos; o en TokenDesk.</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>La vigilancia no ha visto %1@%2.</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>Comprueba el nombre y la versión con &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>La vigilancia aún no conoce %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>Ejecuta primero &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>No se pudieron leer los paquetes de %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publicada por %1 con un token, sin procedencia</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>Publicada por %1 con procedencia, pero no mediante un publicador de confianza</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>Publicada mediante un publicador de confianza sin la aprobación de un mantenedor</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>Publicada como versión preparada aprobada</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>las versiones anteriores tenían procedencia de %1, %2 %3 (última: %4)</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>las versiones anteriores venían de %1, %2 %3 (última: %4)</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>las versiones anteriores se prepararon y las aprobó %1 (última: %2)</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>las versiones anteriores llegaron mediante un publicador de confianza (última: %1)</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>las versiones anteriores tenían procedencia (última: %1)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>La versión %1 se marcó como obsoleta: «%2».</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>La versión %1 se eliminó del registro.</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 se añadió como mantenedor de %2; los mantenedores eran %3.</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 ya no es mantenedor de %2; los mantenedores son %3.</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>La versión %1 la preparó %2, que nunca había preparado una versión de %3 (antes: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>%n paquete de esta cuenta se publicó en %1 minutos (de %2 a %3): %4.</numerusform>
            <numerusform>%n paquetes de esta cuenta se publicaron en %1 minutos (de %2 a %3): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>destacable</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarma</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>Sin juzgar: excluiste %1 de la vigilancia.</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>No se pudo comprobar quién publicó %1: %2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>Esperabas una publicación manual de %1 hasta %2.</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>Vista en la primera ejecución sobre el historial de %1: forma parte de la referencia inicial; se muestra, pero no se juzga.</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>Confirmaste que %1 era tuya.</translation>
    </message>
</context>
</TS>
