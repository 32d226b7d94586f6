<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>npm-Zugriffstokens verwalten.</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>Registry, die bei der Anmeldung zuerst angeboten wird (zum Beispiel die Sandbox).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Im Infobereich starten, ohne das Fenster anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 Ein zweiter Start öffnet ein weiteres Fenster.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie TokenDesk in einer Desktop-Sitzung oder verwenden Sie tokendesk-cli.</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>Über TokenDesk</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>Behält Ihre npm-Zugriffstokens im Blick: Ablauf, Rotation und Trusted Publishing.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer. Keine Gewährleistung.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>Sitzung endet in %1 min</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>Sitzung endet in %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>%1 wurde nicht abgemeldet: %2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>Von %1 abgemeldet. Die zwischengespeicherte Token-Liste bleibt erhalten; melden Sie sich erneut an, um Tokens zu verwalten.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>%1 aus TokenDesk entfernen?</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>TokenDesk meldet sich ab und vergisst dann das Konto und seine zwischengespeicherte Token-Liste auf diesem Computer. Die Tokens bleiben bei npm und ihre Geheimnisse in Ihrem Schlüsselbund; widerrufen Sie sie bei npm, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>%1 wurde aus TokenDesk entfernt.</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>Der Token-Ablauf von %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>Melden Sie sich bei Ihrem npm-Konto an, um seine Tokens zu sehen, oder probieren Sie TokenDesk zuerst mit Demo-Tokens auf einer Übungs-Registry aus.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>diese Registry meldet keinen Ablauf</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 bei %2
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>Übungs-Registry (lokal, nicht npm)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%1 auf %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>Die Kontenliste %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>Verschieben Sie die Datei an einen anderen Ort und melden Sie sich erneut an.</translation>
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
        <translation>Ihre Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 Melden Sie sich als %2 an, um die Liste zu aktualisieren und Tokens zu verwalten; die zwischengespeicherte Liste zählt inzwischen weiter herunter.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>Melden Sie sich bei einem npm-Konto an, um dessen Tokens zu migrieren.</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 ist als Stage bereitgestellt und wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Die Dokumentation finden Sie unter %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie Ihre Identität</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>npm verlangt Ihr Passwort und einen zweiten Faktor, um ein Token zu erstellen. TokenDesk speichert Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>Passwort des npm-Kontos</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>Code aus meiner &amp;Authenticator-App</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>Einen Code aus einer Authenticator-App verwenden</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>Im Browser bestätigen</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>Nicht mehr auf die Bestätigung warten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>npm verlangt einen Einmalcode: Geben Sie den Code aus Ihrer Authenticator-App ein und klicken Sie auf „Token erstellen“.</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>Bestätigen Sie die Anfrage in Ihrem Browser. Falls sich kein Browser geöffnet hat, besuchen Sie:
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Token wird erstellt …</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>Das Token wurde erstellt.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>Die Antwort der Registry ging verloren. Um das Token „%1“ zu widerrufen, dessen Geheimnis nie ankam, verlangt npm einen Einmalcode: Geben Sie einen neuen Code ein und klicken Sie auf „Token erstellen“.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>Die Antwort der Registry ging verloren. Es wird geprüft, ob das Token „%1“ erstellt wurde, um es zu widerrufen …</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>In meinem B&amp;rowser bestätigen (Sicherheitsschlüssel oder Passkey)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser und bestätigen Sie die Anfrage dort:
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>Ein Einmalpasswort wird benötigt.</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>Erstellt; es läuft in einem Tag ab.</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>Veröffentlicht: %1.</translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation>%1 wird veröffentlicht (%2 von %3) …</translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation>npm publish für %1 verlangt ein Einmalpasswort.</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>npm publish benötigt hier ein Einmalpasswort. Wenn Sie nur mit einem Sicherheitsschlüssel bestätigen, wählen Sie „Ich veröffentliche einmal von Hand“: npm publish in einem Terminal öffnet den Browser für Sie.</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>npm konnte nicht gestartet werden; ist Node.js installiert?</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>npm publish für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>Für %1 eingerichtet und überprüft.</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>Es wurde kein Token erstellt.</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>Widerruf fehlgeschlagen (%1). Widerrufen Sie das Token „%2“ jetzt auf der Seite „Access Tokens“ der Registry.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 veröffentlicht, Trusted Publishing eingerichtet, das Token widerrufen.</translation>
    </message>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>Hier kann kein Einmalpasswort abgefragt werden.</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>Job „%1“ wählt keine Node-Version und erhält daher die Standardversion des Runners, die älter sein kann als Node %2, das Trusted Publishing benötigt.</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>Richten Sie Node 24 ausdrücklich ein (zum Beispiel actions/setup-node mit node-version: 24).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>Job „%1“ verwendet Node %2; Trusted Publishing benötigt Node %3 oder neuer.</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>Verwenden Sie Node 24 für den Veröffentlichungs-Job.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>Job „%1“ installiert npm %2; Trusted Publishing benötigt npm %3 oder neuer.</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>Installieren Sie vor dem Veröffentlichen ein aktuelles npm: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>Job „%1“ veröffentlicht mit dem npm, das seiner Node-Version (%2) beiliegt und älter sein kann als npm %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>Fügen Sie vor dem Veröffentlichen einen Schritt hinzu: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>Job „%1“ veröffentlicht mit dem npm, das seiner Node-Version beiliegt und älter ist als npm %2 (Node 20 und 22 bringen npm 10 mit).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>Job „%1“ veröffentlicht mit Yarn, das den OIDC-Austausch von npm nicht durchführt; die Veröffentlichung schlägt mit „No authentication configured“ fehl.</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>Erstellen Sie das Tarball ruhig mit Yarn (yarn pack), aber veröffentlichen Sie es mit npm: npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>Job „%1“ veröffentlicht mit pnpm. Nur pnpm-Versionen mit Unterstützung für Trusted Publishing führen den OIDC-Austausch durch (pnpm/pnpm#9812); ältere greifen auf ein Token zurück und schlagen mit E404 oder ENEEDAUTH fehl.</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>Verwenden Sie eine pnpm-Version, die Trusted Publishing unterstützt, oder veröffentlichen Sie das gepackte Tarball mit npm publish.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>Job „%1“ veröffentlicht mit %2; Trusted Publishing benötigt %3 oder neuer.</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>Prüfen Sie, ob die verwendete Version mindestens %1 ist.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>Job „%1“ führt %2 %3 aus, das Trusted Publishing nicht unterstützt; %4 oder neuer wird benötigt.</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>Aktualisieren Sie auf %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>Job „%1“ läuft auf „%2“. npm akzeptiert Trusted Publishing nur von Cloud-Runnern (von GitHub gehostet, GitLab.com Shared Runner, CircleCI Cloud); Provenance schlägt mit E422 fehl und der OIDC-Austausch wird abgelehnt.</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>Verlegen Sie nur den Veröffentlichungs-Job auf einen in der Cloud gehosteten Runner (zum Beispiel runs-on: ubuntu-latest).</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 übergibt dem Job „%2“ noch ein langlebiges npm-Token. Ist ein Token konfiguriert, verwendet npm dieses statt Trusted Publishing, und es wird ablaufen oder nicht mehr veröffentlichen können.</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>Entfernen Sie %1 aus dem Veröffentlichungs-Job und löschen Sie das Geheimnis, sobald ein Release über Trusted Publishing veröffentlicht wurde.</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>Nicht bei %1 für %2 angemeldet: tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>Dieser Build kann %1-Geheimnisse noch nicht aktualisieren.</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>Ein feingranulares Token mit „Secrets: read and write“ (und „Environments“ für Umgebungsgeheimnisse) oder ein klassisches Token mit „repo“ („admin:org“ für Organisationsgeheimnisse).</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>Ein persönliches Zugriffstoken mit dem Scope „api“; Sie brauchen die Rolle Maintainer in den Projekten (Owner in Gruppen).</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>Ein persönliches API-Token (CircleCI → User Settings → Personal API Tokens); Projekt-Tokens funktionieren nicht.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>TokenDesk verwendet diese Anmeldung, um rotierte npm-Tokens in Ihre %1-Geheimnisse zu schreiben. Sie wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>Mit dem &amp;Browser anmelden (ein Einmalcode)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>Die Anmeldung der GitHub-C&amp;LI verwenden (gh auth token)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>Ihre üblichen Scopes decken Repository- und Umgebungsgeheimnisse ab; führen Sie für Organisationsgeheimnisse zuerst „gh auth refresh -s admin:org“ aus.</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>Token ei&amp;nfügen</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1-Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>Geben Sie diesen Code auf der sich öffnenden Seite ein:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code kop&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Anmeldeseite &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>&amp;Host Ihrer Repositorys:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>%1 &amp;öffnen</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>Verbunden: %1 als %2 auf %3.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>Prüfen Sie, ob Sie das ganze Token eingefügt haben, oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>Beginnen Sie erneut und wählen Sie „Authorize“, wenn Sie sich verbinden wollten.</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>Beginnen Sie erneut, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>Fügen Sie zuerst das %1-Token ein.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>Die GitHub-CLI ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>Die GitHub-CLI wird nach ihrer Anmeldung gefragt …</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 bietet hier keine Anmeldung im Browser an: Fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>%1 wird nach einem Anmeldecode gefragt …</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>Warten, bis Sie den Code auf %1 eingeben …</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>Es wird geprüft, wem die Anmeldedaten gehören …</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>TokenDesk kann noch nicht mit %1 kommunizieren: Dieser Build hat keinen Client dafür.</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>Die Anmeldedaten werden in Ihrem Schlüsselbund gespeichert …</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>Die Liste der CI-Anmeldungen %1 ist beschädigt; entfernen Sie sie und melden Sie sich mit „tokendesk-cli ci login“ erneut an.</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>Der Schlüsselbund hat die Anmeldedaten für %1 nicht übernommen: %2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>Die Anmeldung bei %1 ist nicht mehr im Schlüsselbund; melden Sie sich erneut an: tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>Verwenden Sie %1 --from-gh (die Anmeldung der GitHub-CLI) oder --with-token (ein eingefügtes Token).</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>Verwenden Sie %1 --with-token (ein eingefügtes Token).</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>Dieser Build hat keine GitHub-OAuth-App und kann sich daher nicht im Browser bei GitHub anmelden.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>Die Antwort von %1 auf die Anmeldeanfrage konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Prüfen Sie die API-Adresse; wenn sie stimmt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>Die Antwort von %1 zur Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>Führen Sie %1 erneut aus.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er auf %1 bestätigt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>Führen Sie %1 erneut aus und bestätigen Sie den neuen Code innerhalb von %n Minute.</numerusform>
            <numerusform>Führen Sie %1 erneut aus und bestätigen Sie den neuen Code innerhalb von %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>Die Anmeldung wurde auf %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>Führen Sie %1 erneut aus und wählen Sie „Authorize“, wenn Sie sich verbinden wollten.</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 hat die Geräteanmeldung für die App von TokenDesk ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 kennt die OAuth-App dieses Builds (%2) nicht.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 hat die Anmeldung mit „%2“ beendet.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 hat die Anmeldung mit „%2“ beendet: %3.</translation>
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
        <translation>%1: Lesen und schreiben</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1: Nur lesen</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>Dem GitHub-Token fehlt die Berechtigung %1; erteilen Sie sie (feingranulares Token: %2) oder führen Sie %3 erneut aus.</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>Ein klassisches Token braucht den Scope „repo“ (für Organisationsgeheimnisse auch „admin:org“).</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>Der GitHub-Anmeldung fehlt der Scope %1.</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>Führen Sie gh auth refresh -s %1 aus, wenn sie von der GitHub-CLI stammt, oder führen Sie %2 erneut aus.</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>GitHub hat die Anfrage abgelehnt (403 Forbidden).</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>Prüfen Sie, ob das Token dort Actions-Geheimnisse schreiben darf, oder führen Sie %1 erneut aus.</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>Erteilen Sie %1 oder führen Sie %2 erneut aus.</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>TokenDesk hat für %1 keinen Netzwerkzugang eingerichtet.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 hat die Anmeldung nicht akzeptiert (sie ist abgelaufen oder wurde widerrufen).</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Melden Sie sich erneut an: %1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 hat die Anfrage abgelehnt (403 Forbidden).</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>Prüfen Sie die Berechtigungen der Anmeldedaten oder führen Sie %1 erneut aus.</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%1 unter %2 hat unter dieser Adresse nichts gefunden.</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%1 unter %2 kennt %3 nicht, oder die Anmeldedaten haben keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>Prüfen Sie den Namen und ob das angemeldete Konto Zugriff darauf hat (%1 zeigt, wer angemeldet ist).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt: %2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es mit dieser Meldung.</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 begrenzt die Anfragen dieses Kontos.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 hat einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 hat einen Konflikt gemeldet: %2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%1 unter %2 ist mit HTTP %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>Versuchen Sie es später erneut; der Dienst hat möglicherweise Probleme.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>In diesem Protokoll wurde keine bekannte Ursache gefunden. Führen Sie die Veröffentlichung erneut mit --loglevel verbose aus und fügen Sie das gesamte Protokoll ein: npm gibt die Details zu Trusted Publishing nur auf dieser Stufe aus.</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>Die Verschlüsselungsbibliothek (libsodium) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>Installieren Sie TokenDesk neu; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>Der öffentliche Schlüssel von GitHub für diesen Geheimnisspeicher ist kein %1-Byte-Schlüssel (erhalten: %2 Byte); TokenDesk hat das Geheimnis nicht gesendet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>Versuchen Sie es erneut; falls es weiterhin auftritt, prüfen Sie die API-Adresse.</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>Das Versiegeln des Geheimnisses für GitHub ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>Das Protokoll der CI-Geheimnis-Aktualisierungen %1 ist beschädigt; entfernen Sie es (TokenDesk verliert nur die Angabe, welches Token jedes GitHub-Geheimnis enthält).</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 – konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>kein Client für %1</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>Geheimnis %1 in %2</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>Geheimnis %1 der Umgebung %2 in %3</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>Organisationsgeheimnis %1 von %2</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>Variable %1 im GitLab-Projekt %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>Variable %1 (Umgebung %2) im GitLab-Projekt %3</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>Variable %1 in der GitLab-Gruppe %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>Variable %1 (Umgebung %2) in der GitLab-Gruppe %3</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>Variable %1 im CircleCI-Projekt %2</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>Variable %1 im CircleCI-Kontext %2</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>Wenn Sie ein Token rotieren, schreibt TokenDesk das neue in die CI-Geheimnisse, die es enthalten, prüft, ob es angekommen ist, und widerruft erst dann das alte. Verbundene Dienste:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>Verbundene CI-Dienste</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>Kein CI-Dienst verbunden: Bei Rotationen werden Sie gebeten, die CI-Geheimnisse selbst zu aktualisieren.</translation>
    </message>
    <message>
        <source>Connect Git&amp;Hub…</source>
        <translation>Git&amp;Hub verbinden …</translation>
    </message>
    <message>
        <source>Connect Git&amp;Lab…</source>
        <translation>Git&amp;Lab verbinden …</translation>
    </message>
    <message>
        <source>Connect Ci&amp;rcleCI…</source>
        <translation>Ci&amp;rcleCI verbinden …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>Die %1-Anmeldung von %2 entfernen</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>CI-Anmeldung entfernen</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>Die %1-Anmeldung von %2 auf %3 entfernen? TokenDesk löscht sie aus Ihrem Schlüsselbund; bei Rotationen werden Sie dann gebeten, diese CI-Geheimnisse selbst zu aktualisieren.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute aktualisiert</numerusform>
            <numerusform>vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde aktualisiert</numerusform>
            <numerusform>vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag aktualisiert</numerusform>
            <numerusform>vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 – nicht verbunden: Verbinden Sie %2, um es automatisch zu aktualisieren</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 – wird geprüft …</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 – nicht gefunden in %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>altes Token wird widerrufen …</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>altes Token in %1 s widerrufen</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>altes Token in %1 min %2 s widerrufen</translation>
    </message>
</context>
<context>
    <name>td::CircleCiVariableClient</name>
    <message>
        <source>context %1 of %2</source>
        <translation>Kontext %1 von %2</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>CircleCI hat nicht mitgeteilt, wem das Token gehört.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>Prüfen Sie, ob die API-Adresse auf /api/v2 endet.</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>CircleCI hat keinen Kontext namens %1 in %2.</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>Prüfen Sie den Namen des Kontexts in den Organisationseinstellungen und ob das Konto des Tokens zu %1 gehört.</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>CircleCI kennt %1 nicht, oder das Konto des Tokens hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>Prüfen Sie den Namen und ob dem Projekt in CircleCI gefolgt wird.</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>CircleCI braucht ein persönliches API-Token (Projekt-Tokens funktionieren mit API v2 nicht)</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>Erstellen Sie eines unter User Settings → Personal API Tokens und führen Sie dann tokendesk-cli ci login circleci aus.</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>CircleCI hat das Token nicht akzeptiert. %1.</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>CircleCI hat den Zugriff auf %1 verweigert. %2, und zwar von einem Konto, das dessen Umgebungsvariablen ändern darf.</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>CircleCI hat die Anfrage abgelehnt. %1.</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>kopieren Sie es mit der Schaltfläche „Kopieren“ aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 ist noch gültig: Aktualisieren Sie diese Stellen und widerrufen Sie es dann</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Neues Token kopieren</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>Ich habe es aktualisiert – altes Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>Widerruf ausstehend: %1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>Sein Ersatz funktioniert und ist im Einsatz, aber das Widerrufen des alten Tokens ist fehlgeschlagen: %1. Versuchen Sie es erneut, wenn die Registry wieder antwortet.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
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
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade abgelaufen</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>Token im Klartext</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>Benutzer und Passwort (_auth)</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>Benutzer und Passwort (_password)</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>Verweis auf eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Yarn npmAuthToken</source>
        <translation>Yarn npmAuthToken</translation>
    </message>
    <message>
        <source>Yarn npmAuthIdent</source>
        <translation>Yarn npmAuthIdent</translation>
    </message>
    <message>
        <source>CI secret</source>
        <translation>CI-Geheimnis</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 CI verwendet das Geheimnis %3</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>client certificate (certfile, keyfile)</source>
        <translation>Client-Zertifikat (certfile, keyfile)</translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>Diagnose &amp;starten</translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation>Eine CI-Veröffentlichung diagnostizieren</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>Fügen Sie hier das Protokoll des fehlgeschlagenen CI-Jobs ein.</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>CI-Protokoll</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(Protokollzeile %1)</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>Melden Sie sich bei einem npm-Konto an, um Tokens zu erstellen.</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>npm-Token „%1“ ist abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>npm-Token „%1“ läuft in %n Tag ab</numerusform>
            <numerusform>npm-Token „%1“ läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>npm-Token „%1“ läuft in %n Stunde ab</numerusform>
            <numerusform>npm-Token „%1“ läuft in %n Stunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>npm-Token „%1“ läuft in %n Minute ab</numerusform>
            <numerusform>npm-Token „%1“ läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>Ablauf und IP-Bereiche</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>Eine kürzere Lebensdauer begrenzt den Schaden eines durchgesickerten Tokens. TokenDesk erinnert Sie, bevor es abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>&amp;Eigenes Datum:</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Eigenes Ablaufdatum</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Erlaubte IP-Bereiche</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>beliebige Adresse, oder z. B. 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>Erlaubte &amp;IP-Bereiche (IPv4-CIDR):</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>Regeln von npm: Tokens mit Schreibrechten gelten %1 bis %2 Tage (Standard %3); schreibgeschützte Tokens gelten standardmäßig %4 Tage, ohne Höchstdauer.</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>Dieses Token hat Schreibrechte.</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>Dieses Token ist schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Läuft am %1 ab (in %n Tag).</numerusform>
            <numerusform>Läuft am %1 ab (in %n Tagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>Die GitHub-CLI (gh) ist nicht installiert: Installieren Sie sie und führen Sie „gh auth login“ aus, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>Die GitHub-CLI ist nicht bei %1 angemeldet: Führen Sie „gh auth login --hostname %1“ aus, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>Die GitHub-CLI (gh) konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>Die GitHub-CLI hat nicht innerhalb von 20 Sekunden geantwortet: Fügen Sie stattdessen ein Token ein.</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>Umgebung %1 im Repository %2/%3</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>Repository %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>Organization secrets: Lesen und schreiben (klassisches Token: admin:org)</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>Secrets: Lesen und schreiben (klassisches Token: repo)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>Die Antwort von GitHub zu %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Prüfen Sie die API-Adresse; wenn sie stimmt, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>der angemeldete Benutzer</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 ist kein GitHub-Geheimnis.</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>Es gibt keinen Wert zum Übertragen.</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>der öffentliche Schlüssel von %1</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>Die Anmeldung bei GitLab im Browser benötigt die Application ID einer OAuth-Anwendung auf %1.</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>Fügen Sie stattdessen ein persönliches Zugriffstoken mit dem Scope api ein: tokendesk-cli ci login gitlab --with-token</translation>
    </message>
</context>
<context>
    <name>td::GitLabVariableClient</name>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>Die Antwort von GitLab zu einer CI/CD-Variable konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>Prüfen Sie, ob die API-Adresse auf /api/v4 endet.</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>GitLab hat nicht mitgeteilt, wem das Token gehört.</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>GitLab verbirgt den Wert von %1, daher kann er zur Prüfung nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>Prüfen Sie die Variable selbst in den CI/CD-Einstellungen.</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>die Rolle Owner in der Gruppe %1 (Token-Scope api)</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>die Rolle Maintainer im Projekt %1 (Token-Scope api)</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>Das GitLab-Token</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>Das GitLab-Token von %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 benötigt %2.</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>Bitten Sie einen Owner, diese Rolle zu erteilen, oder melden Sie sich als jemand an, der sie hat: %1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>GitLab kennt %1 nicht, oder das Token hat keinen Zugriff darauf.</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>Prüfen Sie den Pfad in der Adresse der CI/CD-Einstellungen und ob das angemeldete Konto Mitglied ist.</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>GitLab hat den neuen Wert von %1 abgelehnt: Der Wert einer maskierten Variable muss eine Zeile ohne Leerzeichen und mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>Prüfen Sie das Token oder schalten Sie die Maskierung der Variable in den CI/CD-Einstellungen aus.</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>Sie haben die Zwei-Faktor-Authentifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>Ein weiterer Code wurde angefordert.</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>Die Antwort der Registry ist größer als %1 MB; TokenDesk hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>Versuchen Sie es später erneut; falls das Problem bleibt, verhält sich die Registry fehlerhaft.</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>Die Registry unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>Die Registry unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>TokenDesk ignoriert nie Zertifikatsfehler; prüfen Sie das Systemdatum und das Zertifikat der Registry.</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>Prüfen Sie Ihre Verbindung und die Adresse der Registry und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>Die Registry hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>Prüfen Sie die Adresse der Registry.</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>Die Registry hat auf eine unverschlüsselte Adresse (%1) umgeleitet; TokenDesk folgt dem nicht.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>Die Registry unter %1 hat ihre Antwort nicht innerhalb von %2 s abgeschlossen; möglicherweise hat sie die Anfrage bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>Die Registry unter %1 hat ihre Antwort nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>Die Registry unter %1 hat %2 s lang nicht mehr geantwortet; möglicherweise hat sie die Anfrage bereits ausgeführt.</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>Prüfen Sie, ob die Änderung vorgenommen wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>Die Verbindung zu %1 ist nach dem Senden der Anfrage abgebrochen; möglicherweise hat die Registry sie bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>Die Registry unter %1 hat diese Anfrage an %2 umgeleitet; TokenDesk sendet keine Anmeldedaten oder Anfragedaten an eine andere Adresse.</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>Prüfen Sie die Adresse der Registry; ist die Registry umgezogen, melden Sie sich unter ihrer neuen Adresse an.</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>Notfallsperre: %1 (%2)</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Zeitverlauf</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (nichts aufgezeichnet)</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## Versionen</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| Paket | Version | Veröffentlicht | Bewertung | Belege |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## Durchgeführte Maßnahmen</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>Die Notfallsperre wurde vor jedem Schreibvorgang angehalten: Dieser Computer hatte Spuren eines bekannten Wurms.</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| Maßnahme | Ergebnis |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>UNBESTÄTIGT: gesendet, keine Antwort (Notfallsperre fortsetzen)</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>NICHT ERLEDIGT (Notfallsperre fortsetzen)</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>Es wurde nichts in die Registry geschrieben.</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1: vom Benutzer übersprungen</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### Nicht durchgeführte Schritte</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## Was noch zu tun ist</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] %1@%2 an npm melden: %3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] Veröffentlichung zurückziehen (npms Regeln erlauben es jetzt): `%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] Die CI-Caches aller betroffenen Repositorys leeren (ein vergifteter Cache schärft das nächste Release erneut).</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] Jedes CI-Geheimnis erneuern, das die betroffenen Workflows lesen konnten.</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] Eine Sicherheitsmeldung (GitHub Security Advisory) veröffentlichen, die die schlechten und die guten Versionen nennt.</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] Eine saubere höhere Version veröffentlichen: Versionsbereiche wählen weiterhin die höchste Version, unabhängig von den Tags.</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] Der Widerruf von Tokens kann bis zu einer Stunde dauern, bis er wirkt: Überwachen Sie die Pakete in der Zwischenzeit.</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># Vorfallbericht: %1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>Von TokenDesk erstellt am %1.</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Im Schlüsselbund ist unter „%1“ kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>Es wurde kein nutzbarer Schlüsselbund gefunden (%1).</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>TokenDesk bewahrt Geheimnisse nur im Schlüsselbund des Systems auf, nie in einfachen Dateien. Starten Sie einen Secret-Service-Anbieter wie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt – entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>Entsperren Sie Ihren Anmelde-Schlüsselbund, zum Beispiel durch Anmelden an Ihrer Desktop-Sitzung oder mit Seahorse (Passwörter und Verschlüsselung). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>Der Schlüsselbund antwortet nicht.</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>Möglicherweise wartet er darauf, dass Sie ihn in einem anderen Fenster entsperren; beantworten Sie diese Abfrage oder starten Sie den Schlüsselbunddienst neu und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>granular</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>umgeht 2FA</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lesen/schreiben</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>nur Stage</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>veröffentlichen</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>endet Jan. 2027</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>libarchive konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 ist nicht die libarchive, die TokenDesk braucht: %2 fehlt darin.</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 ist eine benannte Pipe (FIFO), keine reguläre Datei; TokenDesk liest nicht aus Pipes.</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 ist ein Gerät, keine reguläre Datei; TokenDesk liest nicht von Geräten.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>Pakete und Ihre Tokens werden gelesen …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>&amp;Meldeseite von npm öffnen</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Notfallsperre</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>Schritt %1 von %2 wird ausgeführt …</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … läuft</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … erledigt</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>Auf %1 reagieren</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>Entfernen Sie das Häkchen bei allem, was Sie nicht möchten. Vor der ersten Änderung prüft TokenDesk diesen Computer auf den Wächterprozess eines Wurms. Sie bestätigen die Änderungen nur einmal.</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>Vor jeder Änderung angehalten: Dieser Computer hat einen Persistenzmechanismus eines Wurms. Entschärfen Sie ihn zuerst und klicken Sie dann erneut auf „Ausführen“.

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>Der Vorfallbericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Vorfallbericht: %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>Ein Schritt ist fehlgeschlagen; die folgenden Schritte wurden nicht ausgeführt. „Wiederholen“ setzt beim fehlgeschlagenen Schritt fort.</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>Eine frühere Notfallsperre (begonnen %1) wurde vor ihrem Abschluss angehalten. „Fortsetzen“ führt sie ab ihrem ersten nicht erledigten Schritt fort; „Ausführen“ plant neu anhand der Registry.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>Keine schlechte Version von %1 ist bekannt: Die Veröffentlichungsüberwachung hat keinen offenen Alarm dafür. Nennen Sie die Versionen (tokendesk-cli: --bad VERSION).</translation>
    </message>
    <message>
        <source>%1 %2 published</source>
        <translation>%1 %2 veröffentlicht</translation>
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
        <translation>Das Protokoll der Notfallsperre %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>Prüfen Sie die Paketeinstellungen auf der Website und starten Sie dann eine neue Notfallsperre.</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>2FA verlangen und Tokens verbieten</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>Missbrauchten Trusted Publisher widerrufen</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Tokens widerrufen</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>Unerwartete Maintainer entfernen</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>Ausstehende Stage-Versionen ablehnen</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>Tags auf die letzte gute Version zurücksetzen</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>Schlechte Versionen als veraltet markieren</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>Veröffentlichung der schlechten Versionen zurückziehen</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1: 2FA verlangen, Tokens verbieten</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>Jedes Paket verlangt bereits 2FA und verbietet Tokens.</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1: %2 widerrufen</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1: %2 behalten (nicht beim Angriff verwendet)</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>Kein Trusted Publisher hat eine schlechte Version veröffentlicht.</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>Kein Paket hat einen Trusted Publisher.</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>Die Tokens des Kontos sind nicht bekannt: Melden Sie sich an, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>behalten: %1 (diese Notfallsperre meldet sich damit an; melden Sie sich danach ab)</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>behalten: %1 (nachweislich in Gebrauch durch %2)</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>Das Konto hat keine Tokens.</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>Jedes Token wird nachweislich von Ihrer eigenen CI verwendet und bleibt erhalten.</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>Keine Liste erwarteter Maintainer: TokenDesk entfernt niemanden.</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1: kein erwarteter Maintainer würde bleiben; niemand entfernt</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1: Maintainer %2 entfernen</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>Jeder Maintainer ist erwartet.</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>Kein erwarteter Maintainer würde bleiben: Fügen Sie zuerst einen hinzu und entfernen Sie dann die anderen.</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1: Stage-Version %2 ablehnen</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>Keine Stage-Version steht aus.</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1: %2 zeigt auf %3, aber keine gute Version ist bekannt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>Kein Tag zeigt auf eine schlechte Version.</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>Keine gute Version, auf die die Tags zurückgesetzt werden können.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>Kompromittiertes Release, ohne Zustimmung der Maintainer veröffentlicht. Nicht verwenden.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>Kompromittiertes Release, ohne Zustimmung der Maintainer veröffentlicht. Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2: als veraltet markieren</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>Keine schlechte Version ist bekannt.</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2: Veröffentlichungszeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2: vor mehr als 72 Stunden veröffentlicht</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2: TokenDesk kann nicht feststellen, ob andere Pakete davon abhängen</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2: andere Pakete hängen davon ab</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>npms Regeln erlauben es nicht (%1). Markieren Sie die Version stattdessen als veraltet und melden Sie sie.</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1: Trusted Publisher, wie TokenDesk sie zuletzt gelesen hat, %2 (erneutes Lesen erfordert 2FA)</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1: Trusted Publisher %2 widerrufen (er hat eine schlechte Version veröffentlicht)</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 wurde mit einem Token veröffentlicht, nicht über den Trusted Publisher: Er bleibt bestehen.</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>Keine schlechte Version kam über einen Trusted Publisher, und TokenDesk hat die Trusted Publisher von %1 nicht gelesen (tokendesk-cli trust list liest sie, mit 2FA).</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>Jede schlechte Version ist bereits als veraltet markiert.</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>Die Notfallsperre wurde angehalten, bevor etwas widerrufen wurde: Dieser Computer hat Spuren eines bekannten Wurms.

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>Entschärfen Sie zuerst das Gefundene und starten Sie die Notfallsperre dann erneut.</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>Eine Notfallsperre läuft bereits.</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>Die Notfallsperre hat nichts zu tun: Kein ausgewählter Schritt trifft zu.</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>Wählen Sie mindestens einen zutreffenden Schritt aus.</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>TokenDesk zieht keine Veröffentlichungen zurück.</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>Führen Sie npm unpublish selbst aus, wenn npms Regeln es erlauben.</translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>Widerrufen Sie es mit „tokendesk-cli token revoke &lt;id&gt;“ oder auf npmjs.com unter „Access Tokens“.</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>Die Registry hat das Token „%1“ möglicherweise erstellt, aber ihre Antwort ging verloren (%2), und TokenDesk konnte es nicht prüfen (%3).</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>Suchen Sie nach einem Token namens „%1“, das am oder nach dem %2 erstellt wurde, und widerrufen Sie es: Sein Geheimnis ist nie angekommen. %3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>Erstellen Sie es erneut. Falls später ein Token namens „%1“ auftaucht, das am oder nach dem %2 erstellt wurde, widerrufen Sie es: Sein Geheimnis ist nie angekommen.</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>Erstellen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 TokenDesk hat geprüft: Die Registry hat das Token „%2“ nicht erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>Die Registry hat das Token „%1“ erstellt, aber ihre Antwort ging verloren; seitdem wurde %n Token mit diesem Namen erstellt, daher hat TokenDesk keines davon widerrufen: %2.</numerusform>
            <numerusform>Die Registry hat das Token „%1“ erstellt, aber ihre Antwort ging verloren; seitdem wurden %n Tokens mit diesem Namen erstellt, daher hat TokenDesk keines davon widerrufen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>Widerrufen Sie diejenigen, die Sie nicht verwenden (das neueste ist am wahrscheinlichsten das verlorene). %1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>Die Registry hat das Token „%1“ erstellt, aber ihre Antwort ging verloren, und TokenDesk konnte es nicht widerrufen (%2): %3.</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>Sein Geheimnis ist nie angekommen. Widerrufen Sie es mit „tokendesk-cli token revoke %1“ oder auf npmjs.com unter „Access Tokens“ und erstellen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>Die Registry hat das Token „%1“ erstellt, aber ihre Antwort ging verloren; TokenDesk hat es widerrufen (%2).</translation>
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
        <translation>Nicht angemeldet · fügen Sie ein Konto hinzu, um seine Tokens zu sehen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token …</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>&amp;Trusted Publishing …</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>Tokens &amp;migrieren …</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>Es wurde kein Infobereich gefunden: TokenDesk kann Sie nicht vor ablaufenden Tokens warnen, solange dieses Fenster geschlossen ist, und das Schließen beendet das Programm.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>Nach Name, Paket, Scope oder Art filtern</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Tokens filtern</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>&amp;Widerrufene und abgelaufene anzeigen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>Diesen Computer erneut nach Tokens &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>&amp;Stage-Releases</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>&amp;Stage-Releases (%n)</numerusform>
            <numerusform>&amp;Stage-Releases (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>&amp;Veröffentlichung (%n gefährdet)</numerusform>
            <numerusform>&amp;Veröffentlichung (%n gefährdet)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>Die Sitzung des gewählten Kontos beenden; seine Tokens bleiben bei npm.</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>Konto &amp;entfernen …</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>Das gewählte Konto abmelden und auf diesem Computer vergessen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>Die Dokumentation von TokenDesk im Browser öffnen.</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>Ü&amp;ber TokenDesk</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>&amp;Token-Ablauf festlegen …</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>Geben Sie an, wann das Token des ausgewählten Kontos endet; diese Registry teilt es nicht mit.</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>Startet eine Registry auf diesem Computer mit Demo-Konten und -Tokens. Nichts, was Sie dort tun, erreicht npm.</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>Bei &amp;npm anmelden …</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>Übungs-Registry wird gestartet …</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>Mit der Ü&amp;bungs-Registry ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Releases</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>Setzen Sie das CI-Geheimnis %1 in %2 auf das neue Token – %3. (%4 verwendet es.)</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1, Zeile %2 liest ${%3}: Setzen Sie %3 überall dort auf das neue Token, wo Sie es exportieren (zum Beispiel export %3=… in ~/.profile) – %4.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>Setzen Sie die Umgebungsvariable %1 überall dort auf das neue Token, wo Sie sie exportieren (zum Beispiel export %1=… in ~/.profile) – %2.</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>Tragen Sie das neue Token von Hand in %1, Zeile %2 (%3) ein – %4.</translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation>Tokens migrieren</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation>„%1“ rotieren</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>Eine Migration wurde unterbrochen: %n Token ist halb fertig. Setzen Sie sie fort oder setzen Sie Ihre Dateien auf den vorherigen Stand zurück. Bis dahin behält jede Datei ein funktionierendes Token.</numerusform>
            <numerusform>Eine Migration wurde unterbrochen: %n Tokens sind halb fertig. Setzen Sie sie fort oder setzen Sie Ihre Dateien auf den vorherigen Stand zurück. Bis dahin behält jede Datei ein funktionierendes Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>npm-Passwort (nur falls noch ein Token erstellt werden muss):</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>Nach npm-Tokens auf diesem Computer wird gesucht …</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>npm-Passwort (npm verlangt es zum Erstellen von Tokens):</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>Auf diesem Computer gefunden:</translation>
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
        <source>The scan failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>Geben Sie Ihr npm-Passwort ein: npm verlangt es zum Erstellen von Tokens.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>funktioniert (nicht gelistet)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>andere Registry</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Verwendet in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>neues Token wird erstellt …</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>neues Token erstellt</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>.npmrc-Dateien werden aktualisiert …</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>.npmrc-Dateien aktualisiert</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>neues Token wird geprüft …</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>das neue Token funktioniert</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>altes Token wird widerrufen …</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>ersetzt, aber das alte Token konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>fehlgeschlagen; nichts geändert</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>unverändert belassen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Migration abgeschlossen.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Migration wurde angehalten:&lt;/b&gt; %1&lt;br&gt;Öffnen Sie diesen Dialog erneut, um sie fortzusetzen oder zurückzusetzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sicherungen der Dateien im vorherigen Zustand:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>Tokens, die nach der Umstellung auf Trusted Publishing nicht mehr benötigt werden</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>Projektordner hinzufügen …</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Erneut durchsuchen</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>Einen zu durchsuchenden Projektordner hinzufügen</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>Projektordner: keine (nur Ihre npm-Einstellungen und die Umgebung werden durchsucht)</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>Projektordner: %1</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>Das neue Token konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>Das neue Token ist in der Zwischenablage; sie wird in Kürze wieder geleert.</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>wartet auf Sie: Aktualisieren Sie die Verwendungen in CI/Umgebung und bestätigen Sie dann</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>bestätigt; wird widerrufen …</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n Stelle enthält npm-Anmeldedaten</numerusform>
            <numerusform>%n Stellen enthalten npm-Anmeldedaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>%n Token im Plan.</numerusform>
            <numerusform>%n Tokens im Plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>Auf diesem Rechner gefundene Tokens</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>Die CI-Geheimnisse, die sie enthalten, werden gesucht …</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1 (TokenDesk aktualisiert es)</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>neues Token wird an CI übertragen …</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>an CI übertragen; wird überprüft …</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>in CI überprüft</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>CI enthält das neue Token; das alte wird nach der Karenzzeit widerrufen</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>neues Token wird übertragen …</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>übertragen; wird überprüft …</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>überprüft: enthält das neue Token</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>der alte Wert ist wiederhergestellt</translation>
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
        <translation>Das Migrationsjournal %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>Widerruf ausstehend: erneut versuchen – sein Ersatz ist im Einsatz, aber das Widerrufen ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1: ersetzt, %n Verweis umgeschrieben, altes Token widerrufen</numerusform>
            <numerusform>%1: ersetzt, %n Verweise umgeschrieben, altes Token widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1: %n Datei bereinigt, Token widerrufen</numerusform>
            <numerusform>%1: %n Dateien bereinigt, Token widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1: aus %n Datei entfernt</numerusform>
            <numerusform>%1: aus %n Dateien entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1: ersetzt, %n Verweis umgeschrieben, aber das alte Token konnte nicht widerrufen werden</numerusform>
            <numerusform>%1: ersetzt, %n Verweise umgeschrieben, aber das alte Token konnte nicht widerrufen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1: ersetzt, %n Verweis umgeschrieben; das alte Token wird nach Ihrer Bestätigung widerrufen</numerusform>
            <numerusform>%1: ersetzt, %n Verweise umgeschrieben; das alte Token wird nach Ihrer Bestätigung widerrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>Migration läuft … Jeder Schritt wird gespeichert; wenn Sie TokenDesk jetzt schließen, geht nichts verloren.</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>Migrationsfortschritt</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>CI-Geheimnisse</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>Name und Beschreibung</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>Am Namen erkennen Sie das Token in Listen und Erinnerungen wieder.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>Den vorgeschlagenen Namen verwenden</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Token-Beschreibung</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>optional, z. B. wo das Token verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>Vorschlag verwenden: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>Neues npm-Token</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>Schließen, ohne das Token zu kopieren?</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>Sie haben das neue Token weder kopiert noch zu einer .npmrc hinzugefügt. npm zeigt es nie wieder an.</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>Es bleibt in Ihrem Schlüsselbund, TokenDesk kann es also weiterhin verwenden.</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>Es ist auch nicht in Ihrem Schlüsselbund: Beim Schließen geht es verloren.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>Die Liste der bereits angezeigten Ablaufhinweise (%1) ist beschädigt; sie wurde als %2 aufbewahrt und neu begonnen.</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>Für diese Konfiguration gibt es keine Datei zum Speichern.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>%1 wurde von einem anderen Programm geändert, nachdem TokenDesk die Datei gelesen hat; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>Durchsuchen Sie erneut, um den aktuellen Inhalt zu sehen, und versuchen Sie es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>Mit Organisationszugriff kann das Token Teams und Mitglieder verwalten, aber nicht veröffentlichen. Die meisten Tokens brauchen keinen.</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>Eine Organisation über ihren Namen hinzufügen</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>Die eingegebene Organisation hinzufügen</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>Berechtigung für Organisationen</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Looking up your organizations…</source>
        <translation>Ihre Organisationen werden abgerufen …</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>Ihre Organisationen konnten nicht abgerufen werden. Geben Sie unten einen Namen ein, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>Dieses Konto gehört zu keiner Organisation. Geben Sie unten einen Namen ein, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 – Ihre Rolle: %2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1 (der gesamte Scope, auch neue Pakete)</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Scope %1</translation>
    </message>
</context>
<context>
    <name>td::PackageWrites</name>
    <message>
        <source>The registry sent an unreadable document for %1.</source>
        <translation>Die Registry hat für %1 ein unlesbares Dokument gesendet.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>Versuchen Sie es später erneut; falls es weiterhin auftritt, nehmen Sie diese Änderung auf der Website vor.</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 ist der einzige Maintainer von %2.</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>Fügen Sie zuerst einen weiteren Maintainer hinzu und entfernen Sie dann diesen.</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 hat keine Version %2.</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>Prüfen Sie die Version; ihre Veröffentlichung wurde möglicherweise zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>Pakete und Scopes</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>Haken Sie die Pakete und Scopes an, die das Token verwenden darf, oder geben Sie Namen ein, die noch nicht veröffentlicht sind.</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>&amp;Alle Pakete, auch später veröffentlichte</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Alle Pakete</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Pakete suchen</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>Pakete suchen …</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>Pakete und Scopes dieses Kontos</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>Ein Paket oder einen Scope über den Namen hinzufügen</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>new-package, @scope/name oder @scope</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>Das eingegebene Paket bzw. den Scope hinzufügen</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>Gewählte Pakete und Scopes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>Das gewählte Paket bzw. den Scope entfernen</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>Berechtigung für Pakete und Scopes</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung umgehen</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Berechtigung:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>Die Pakete des Kontos erneut laden</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>Zwei-&amp;Faktor-Authentifizierung beim Veröffentlichen umgehen</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>Ihre Pakete konnten nicht geladen werden: %1 Sie können unten trotzdem Paketnamen eingeben.</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>Ihre Pakete werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Zeile angezeigt</numerusform>
            <numerusform>%L1 von %Ln Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln gewählt</numerusform>
            <numerusform>%Ln gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lesen und schreiben</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>Lesen und schreiben (nur Stage)</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>Die Liste der Spuren bekannter Würmer %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>Installieren Sie TokenDesk neu oder geben Sie eine lesbare Datei an.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>Die Liste der Spuren bekannter Würmer %1 ist zu groß.</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>Geben Sie die mit TokenDesk gelieferte Liste oder eine Datei unter 1 MiB an.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>Die Liste der Spuren bekannter Würmer ist beschädigt.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>Installieren Sie TokenDesk neu oder korrigieren Sie die Datei (Format: core/lockdown/README.md).</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>%1 gefunden in %2: %3 Zum Entschärfen: %4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>Durch ein Token mit Lese- und Schreibzugriff auf Ihre Pakete ersetzen</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>Durch ein schreibgeschütztes Token ersetzen</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>Durch ein Token mit Lese- und Schreibzugriff ersetzen, das 2FA umgeht</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>Durch ein Token nur für Stage ersetzen</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>Rotieren: gleicher Zugriff, neues Ablaufdatum</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>CI auf Trusted Publishing umstellen (kein Token)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>Widerrufen: Nichts benötigt es mehr</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>Durch eines ohne die Pakete mit Trusted Publishing ersetzen</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>Rolled back on request.</source>
        <translation>Auf Wunsch zurückgesetzt.</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>Geheimnis bei einem Absturz verloren</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>Unbekannter Schritt „%1“ im Migrationsjournal.</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>Das neue Token kann nicht aus dem Schlüsselbund gelesen werden: %1 Entsperren Sie ihn und setzen Sie fort.</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>Der Schlüsselbund hat das neue Token nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>Das neue Token hat nicht funktioniert (%1); es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>The migration has no row %1.</source>
        <translation>Die Migration hat keine Zeile %1.</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>Zeile %1 wartet nicht auf eine Bestätigung (sie ist „%2“).</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>Ein anderes Token dieser Migration ist halb fertig: Setzen Sie es zuerst fort oder setzen Sie es zurück.</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>Die Registry hatte es trotzdem erstellt; %n solches Token wurde widerrufen.</numerusform>
            <numerusform>Die Registry hatte es trotzdem erstellt; %n solche Tokens wurden widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>Ob die Registry das neue Token „%1“ erstellt hat, konnte nicht geprüft werden (%2); es wird noch nirgends verwendet. Setzen Sie fort, sobald die Registry wieder antwortet, um es zu finden und zu widerrufen.</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>Das Erstellen des neuen Tokens „%1“ ist fehlgeschlagen (%2), und ob die Registry es trotzdem erstellt hat, konnte nicht geprüft werden (%3). Setzen Sie fort, sobald die Registry wieder antwortet, um es zu finden und zu widerrufen.</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>Das neue Token hat als „%1“ geantwortet, nicht als „%2“: Die Registry verhält sich nicht wie erwartet, daher wurde die Migration angehalten und nichts widerrufen.</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>Das neue Token „%1“ (ID %2) konnte nicht widerrufen werden (%3); widerrufen Sie es mit „tokendesk-cli token revoke %2“.</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>Das neue Token wurde behalten, weil diese CI-Geheimnisse es enthalten und der alte Wert zum Zurückschreiben nicht verfügbar ist: %1. Schreiben Sie das alte Token dort zurück oder behalten Sie das neue und widerrufen Sie das alte.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>Das CI-Geheimnis von Schritt %1 kann nicht aktualisiert werden; es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>Aktualisieren von %1 fehlgeschlagen (%2); es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>Das CI-Geheimnis von Schritt %1 kann nicht geprüft werden; es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>Prüfen von %1 fehlgeschlagen (%2); es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>%1 enthält nach der Aktualisierung nicht das neue Token; es wurde nichts widerrufen.</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>Sie probieren TokenDesk mit der Übungs-Registry aus: einer Registry auf diesem Computer mit Demo-Tokens. Nichts, was Sie dort tun, erreicht npm; sie wird beendet, wenn TokenDesk beendet wird.</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>Die Übungs-Registry hat ihren Einmalcode nicht übermittelt.</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>Beenden Sie TokenDesk und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>Die Übungs-Registry wurde nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Die Übungs-Registry wurde nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>Die Übungs-Registry (tokendesk-sandbox) wurde weder neben TokenDesk noch im PATH gefunden. Installieren Sie sie mit TokenDesk oder melden Sie sich bei npm an.</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>Die Übungs-Registry konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>Die Übungs-Registry wurde beendet: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>sie ist abgestürzt</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>sie wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>Die Übungs-Registry hat nicht mitgeteilt, wo sie lauscht.</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>Die Übungs-Registry antwortet nicht: %1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>TokenDesk konnte sich nicht bei der Übungs-Registry anmelden: %1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>Die Liste der bereits angezeigten Hinweise zu Januar 2027 (%1) ist beschädigt; TokenDesk beginnt sie neu, daher kann ein Hinweis noch einmal erscheinen.</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>Das npm-Token „%1“ wird in CI verwendet (%2) und kann ab Januar 2027 nicht mehr veröffentlichen; npm hat den genauen Tag noch nicht bekanntgegeben. Stellen Sie auf Trusted Publishing oder ein Token nur für Stage um.</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>Trusted Publishing (direkt)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>Trusted Publishing (nur Stage)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>Token nur für Stage</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>Token für direktes Veröffentlichen</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>Token, das 2FA umgeht</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>Trusted Publisher</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>als Stage bereitgestellt, dann freigegeben</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>Token oder npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>gefährdet im Januar 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>kein Veröffentlichungsweg</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>Trusted Publishing (standardmäßig nur Stage)</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>ein Token nur für Stage mit Freigabe</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>Veröffentlichungszugriff (2FA verlangen, Tokens verbieten): npm bietet keine API, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>Ob das letzte Release mit einem Token oder einem interaktiven npm login veröffentlicht wurde: Die Registry gibt es nicht an.</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>Trusted Publisher: %1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>Letztes Release: %1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>Trusted Publisher vom Typ %1</translation>
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
        <translation>, Umgebung %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>Token %1 kann %2 direkt veröffentlichen; es wird nirgends verwendet, wo TokenDesk nachgesehen hat, funktioniert aber, bis es widerrufen wird.</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>Token %1 kann %2 direkt veröffentlichen und wird in %3 verwendet.</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>npm beendet das direkte Veröffentlichen mit Tokens im Januar 2027; ein genauer Tag ist nicht bekanntgegeben.</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>Es kann auch über %1 veröffentlicht werden.</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1, auf diesem Computer nicht verwendet</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1, verwendet in %2</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>Wird über Trusted Publishing (%1) veröffentlicht, das von Januar 2027 nicht betroffen ist.</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>Wird mit dem Token nur für Stage %1 als Stage bereitgestellt; ein Maintainer gibt jedes Release mit 2FA frei.</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>Kein Trusted Publisher und kein Token dieses Kontos kann %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>TokenDesk konnte nicht lesen, wie %1 veröffentlicht wird: %2 Es wird nichts geraten; versuchen Sie es erneut, wenn die Registry antwortet.</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>gefährdet im Januar 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>kein Veröffentlichungsweg</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>Trusted Publishing (direkt)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>Trusted Publishing (nur Stage)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>Token nur für Stage</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>Token mit Lesen und Schreiben</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>Token, das 2FA umgeht</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>&amp;Trusted Publishing einrichten …</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>Durch ein Token nur für &amp;Stage ersetzen …</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>Heutige Wege zum Veröffentlichen</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Keine bekannt.</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>verwendet in %1</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>Letztes Release:</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nie veröffentlicht</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>über Trusted Publishing</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>als Stage bereitgestellt, dann freigegeben</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>mit einem Token</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>auf welchem Weg, ist nicht bekannt</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 am %2, %3</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>veröffentlicht von %1</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>mit Provenance</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>ohne Provenance</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>Veröffentlichungsweg</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message>
        <source>Filter packages</source>
        <translation>Pakete filtern</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>Nach Paket, Weg, Bewertung oder Grund filtern …</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>Pakete und ihre Veröffentlichungswege</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>Details zum Veröffentlichungsweg</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>Ausweg …</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Ausweg</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>Wählen Sie ein Paket, um zu sehen, wie es veröffentlicht wird und was vor Januar 2027 zu tun ist.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>Noch keine Pakete untersucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n Paket untersucht; keines ist bekanntermaßen im Januar 2027 gefährdet.</numerusform>
            <numerusform>%n Pakete untersucht; keines ist bekanntermaßen im Januar 2027 gefährdet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n Paket kann ab Januar 2027 nicht mehr veröffentlichen, wenn es nicht auf Trusted Publishing oder ein Token nur für Stage umgestellt wird; npm hat den genauen Tag noch nicht bekanntgegeben.</numerusform>
            <numerusform>%n Pakete können ab Januar 2027 nicht mehr veröffentlichen, wenn sie nicht auf Trusted Publishing oder ein Token nur für Stage umgestellt werden; npm hat den genauen Tag noch nicht bekanntgegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>Wofür ist das Token?</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>Eine Vorlage wählt Berechtigung, Ablauf und 2FA für Sie; Sie können alles auf den nächsten Seiten ändern.</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>Stattdessen &amp;Trusted Publishing einrichten</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>Stattdessen Trusted Publishing einrichten</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>CI veröffentlicht mit kurzlebigen OIDC-Anmeldedaten, sodass überhaupt kein Token in CI gespeichert werden muss.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Der Sicherungsordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>Prüfen Sie seine Berechtigungen und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>%1 wurde während der Migration von einem anderen Programm geändert; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 enthält das zu ersetzende Token nicht mehr; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>Durchsuchen Sie erneut und erstellen Sie einen neuen Plan.</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>%1 wurde geändert, nachdem TokenDesk die Datei geschrieben hat, und daher nicht wiederhergestellt; das Original liegt in %2.</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>Die Sicherung %1 stimmt nicht mit der Originaldatei überein; %2 wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 enthält ein Token, aber die Zugriffsrechte konnten nicht auf Sie beschränkt werden (führen Sie chmod 600 dafür aus).</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 war für andere lesbar (%2); jetzt ist es %3</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Sie sind nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>Melden Sie sich zuerst an (in der Kontenliste von TokenDesk oder mit „tokendesk-cli login“).</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>Die Registry hat dieses Einmalpasswort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>Dieser Vorgang erfordert ein Einmalpasswort aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>Es wurde möglicherweise falsch eingegeben oder ist abgelaufen; versuchen Sie es mit einem neuen Code erneut.</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>Geben Sie den aktuellen Code aus Ihrer Authenticator-App ein oder bestätigen Sie die Anfrage in Ihrem Browser und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>Die Registry erlaubt diese Anmeldung von Ihrer IP-Adresse aus nicht.</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>Das Konto oder Token ist auf bestimmte IP-Bereiche beschränkt; verbinden Sie sich aus einem erlaubten Netzwerk oder ändern Sie die erlaubten Bereiche.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Ihre Sitzung bei %1 ist beendet.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>Das Token ist möglicherweise abgelaufen oder wurde widerrufen; melden Sie sich erneut an oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>Die Registry hat die Anfrage zurückgewiesen.</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>Prüfen Sie die eingegebenen Werte.</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>Die Registry hat diese Aktion verweigert.</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>Prüfen Sie, ob Ihr Konto dies darf. Tokens, die 2FA umgehen, können weder Tokens noch Vertrauenseinstellungen verwalten; melden Sie sich stattdessen mit einer Sitzung an.</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>Die Registry konnte das Angeforderte nicht finden.</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>Prüfen Sie den Namen. npm antwortet auch mit „not found“, wenn Ihnen die Berechtigung fehlt, etwas zu sehen.</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>Dies existiert bereits in der Registry.</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>Aktualisieren Sie und ändern oder entfernen Sie zuerst das Vorhandene.</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>Die Registry konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>Die Registry begrenzt, wie schnell Anfragen gestellt werden dürfen.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>Die Registry hatte ein internes Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>Die Registry hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>Prüfen Sie die Anfrage und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 verlangt ein Einmalpasswort.</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>Die Anmeldung über den Browser erfordert eine interaktive Abfrage.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 bietet keine Anmeldung über den Browser an.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>Melden Sie sich stattdessen mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>Es gibt keinen Benutzer mit dem Benutzernamen „%1“.</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>Die Seiten der Token-Liste der Registry führen im Kreis.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>„%1“ ist keine gültige Registry-Adresse.</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>TokenDesk sendet keine Anmeldedaten über unverschlüsseltes http an %1.</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>Verwenden Sie die https://-Adresse der Registry.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>„%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>Die Registry erkennt diese Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>Die Registry hat eine Antwort gesendet, die TokenDesk nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>Versuchen Sie es erneut; falls es weiterhin passiert, ist die Registry möglicherweise nicht npm-kompatibel.</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Falsches oder fehlendes Passwort.</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>Prüfen Sie Ihr npm-Passwort für %1 und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>Warten Sie bis %1 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>ein über sein Geheimnis angegebenes Token kann in der Token-Liste nicht gefunden werden.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>Die Liste der Stage-Versionen, die die Registry liefert, endet nicht.</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 hat noch kein veröffentlichtes Release.</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>Die Registry hat auf eine einfache Anfrage für %1 zweimal „nicht geändert“ geantwortet.</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>Ein Proxy zwischen Ihnen und der Registry speichert möglicherweise falsch zwischen; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>td::RegistryExpiryText</name>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>token expiry: GitHub says on the next refresh</source>
        <translation>Token-Ablauf: GitHub teilt ihn bei der nächsten Aktualisierung mit</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1 (laut GitHub)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1 (12 Stunden ab der Speicherung durch TokenDesk)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1 (12 Stunden ab dem Schreiben der .npmrc)</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>Token gilt 12 Stunden ab „aws codeartifact login“</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1 (von Ihnen eingegebenes Datum)</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>Token läuft nie ab (laut Ihrer Eingabe)</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>Token-Ablauf nicht eingegeben</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>Ablauf wird von der Registry festgelegt</translation>
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
        <translation>npm-kompatible Registry</translation>
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
        <translation>andere Registry</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>GitHub Packages hat keine Token-API: Verwalten Sie persönliche Zugriffstokens in den Einstellungen von GitHub.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>AWS-CodeArtifact-Tokens stammen aus „aws codeartifact login“ und laufen nach 12 Stunden von selbst ab.</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>Azure Artifacts hat keine Token-API: Verwalten Sie persönliche Zugriffstokens in den Benutzereinstellungen von Azure DevOps.</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>Diese Registry hat keine Token-API: Verwalten Sie ihre Tokens dort, wo sie ausgestellt werden.</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 bietet kein Staged Publishing; es ist eine Funktion von npmjs.</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 bietet kein Trusted Publishing; es ist eine Funktion von npmjs.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: letztes Release wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(%n weiteres Paket nicht geprüft)</numerusform>
            <numerusform>(%n weitere Pakete nicht geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1: Das letzte Release kann nicht geprüft werden, solange Sie abgemeldet sind; melden Sie sich bei diesem Konto an.</translation>
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
        <translation>Das Stage-Tarball enthält keine package.json.</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>Führt bei jeder Installation ein „%1“-Skript aus: %2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>Fügt binding.gyp hinzu: npm führt bei der Installation „node-gyp rebuild“ aus.</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>Enthält einen Link oder eine Spezialdatei, die npm nicht installiert: %1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (vorher %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[Dateimodus geändert]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2 (kein früheres Release zum Vergleich)</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Gepackte Größe</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Entpackte Größe</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>Dateien: %1 (vorher %2)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Bitte genau prüfen:</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json:</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>keine Änderungen an scripts, dependencies, bin, exports oder main</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>Dateien: %1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>Die binäre oder große Datei %1 unterscheidet sich.</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 hat zu viele Zeilen für einen zeilenweisen Vergleich.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>entfernt (vorher %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>Installationsskript: läuft bei npm install</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>(Dateimodus geändert)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>Binäre oder große Datei: kein Textvergleich.</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>Zu viele Zeilen für einen Textvergleich.</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>Keine Textänderungen.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2: kein früheres Release zum Vergleich</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Bitte genau prüfen:</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Gepackte Größe</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Entpackte Größe</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>Keine Änderungen an scripts, dependencies, bin, exports oder main.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n Datei unterscheidet sich</numerusform>
            <numerusform>%n Dateien unterscheiden sich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n offener Alarm: Antworten Sie mit „Das war ich“ oder „Reagieren“.</numerusform>
            <numerusform>%n offene Alarme: Antworten Sie mit „Das war ich“ oder „Reagieren“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>%n Paket wird überwacht.</numerusform>
            <numerusform>%n Pakete werden überwacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n privates Paket wird nicht überwacht: Speichern Sie dafür ein schreibgeschütztes Token.</numerusform>
            <numerusform>%n private Pakete werden nicht überwacht: Speichern Sie dafür ein schreibgeschütztes Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>Veröffentlichungsalarm: %1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>Eine Veröffentlichung von %1 bis %2 ist angekündigt: Sie löst keinen Alarm aus.</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>Noch wird nichts überwacht. Melden Sie sich mit einem Konto an, das Pakete veröffentlichen darf: TokenDesk überwacht dann jedes ihrer Releases.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Details zum Release</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>&amp;Das war ich</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>Sie haben es selbst veröffentlicht: den Alarm schließen und es sich merken.</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>R&amp;eagieren …</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>Das Paket sperren: weitere Veröffentlichungen stoppen und diese rückgängig machen.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>Sie haben diesen Alarm beantwortet.</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>&amp;Manuelle Veröffentlichung ankündigen</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>Von der Überwachung a&amp;usnehmen</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>Eine manuelle Veröffentlichung von %1 in der nächsten Stunde ankündigen</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>Wieder in die Überwachung a&amp;ufnehmen</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>%1 wieder in die Überwachung aufnehmen</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>%1 von der Überwachung ausnehmen</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>Ersetzt „%1“ (von TokenDesk am %2 erstellt)</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>Von TokenDesk am %1 erstellt</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>Direktes Veröffentlichen mit Tokens, die 2FA umgehen, endet im Januar 2027. Verwenden Sie Trusted Publishing für CI oder ein Token nur für Stage, und geben Sie Releases mit 2FA frei.</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>Klassische Tokens wurden im Dezember 2025 von npm widerrufen; eine Registry, die dieses noch akzeptiert, ist nicht npmjs.</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>Richten Sie Trusted Publishing im Trusted-Publishing-Assistenten ein; entfernen Sie dann das CI-Geheimnis.</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>Aktualisieren Sie das CI-Geheimnis %1 (%2:%3) mit dem neuen Token.</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>Aktualisieren Sie die Umgebungsvariable %1 mit dem neuen Token.</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>Aktualisieren Sie %1 von Hand.</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>Das alte Token bleibt gültig, bis Sie bestätigen, dass die oben genannten Stellen aktualisiert sind.</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 ist kein gültiges JSON (%2); die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>pnpm-workspace.yaml konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>Ihr neues Token</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>Nur dieses eine Mal zeigt npm das Token an. Kopieren Sie es oder verwenden Sie es jetzt.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>Erneut zu &amp;speichern versuchen</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>Erneut versuchen, das Token im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Token verbergen</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>&amp;Benutzer-.npmrc</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>Zur .npmrc des Benutzers hinzufügen</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>P&amp;rojekt-.npmrc</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>Zur .npmrc eines Projekts hinzufügen</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>.npmrc-Datei, zu der das Token hinzugefügt wird</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Projektordner wählen</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>Zur .npmrc &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>Das Token zur gewählten .npmrc hinzufügen</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>Befehl, der npm mit dem Token ausführt</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>Be&amp;fehl kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions: Speichern Sie das Token als Repository-Geheimnis %1 und übergeben Sie es an npm mit
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>Geheimnis&amp;namen kopieren</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>Namen des GitHub-Actions-Geheimnisses kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>In Ihrem Schlüsselbund gespeichert ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>Erstellt %1 (nur für Sie lesbar) mit dieser Zeile:</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>Ersetzt Zeile %1 von %2 (das dortige Token) durch diese Zeile; eine Sicherung wird aufbewahrt:</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>Fügt diese Zeile zu %1 hinzu; alle anderen Zeilen bleiben unverändert und eine Sicherung wird aufbewahrt:</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>Geschrieben in %1, Zeile %2.</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>Geschrieben in %1, Zeile %2. Sicherung: %3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Ordner wählen …</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>Prüfen Sie, was das Token können wird, bevor es erstellt wird.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Zu behebende Probleme</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>Pakete: alle Pakete, auch neue (%1)</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>Pakete und Scopes: %1 (%2)</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>Pakete und Scopes: keine</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>Organisationen: %1 (%2)</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>Verwendbar von: jeder IP-Adresse</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>Verwendbar von: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>Zwei-Faktor-Authentifizierung: umgangen</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>Zwei-Faktor-Authentifizierung: zum Veröffentlichen erforderlich</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>Das npm-Token „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>Alles, was es noch verwendet (CI, eine .npmrc), funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>Auch die %n Zeile auf diesem Computer entfernen, die es verwendet (vorher gesichert)</numerusform>
            <numerusform>Auch die %n Zeilen auf diesem Computer entfernen, die es verwenden (vorher gesichert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>Noch verwendet in:</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>Seine Zeilen auf diesem Computer wurden nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>%n Zeile, die es verwendete, entfernt; Sicherungen in %1.</numerusform>
            <numerusform>%n Zeilen, die es verwendeten, entfernt; Sicherungen in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>alle Pakete</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Scope</numerusform>
            <numerusform>%n Scopes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1 (Organisation)</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>keine Pakete</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>Ihre npm-Sitzung für %1 endet in %n Minute. Melden Sie sich erneut an, um weiterzuarbeiten.</numerusform>
            <numerusform>Ihre npm-Sitzung für %1 endet in %n Minuten. Melden Sie sich erneut an, um weiterzuarbeiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>TokenDesk bewahrt Sitzungen nur im Schlüsselbund des Systems auf, und dieser kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>Entsperren oder richten Sie den Schlüsselbund ein und melden Sie sich dann erneut an. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>Die Anmeldung mit Passwort erfordert einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>Melden Sie sich stattdessen mit Benutzername und Passwort an (für tokendesk-cli: login --auth-type legacy).</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>Die Sitzung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>Sie sind nicht als %1 angemeldet.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Ihre Sitzung bei %1 ist beendet.</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>Sie sind von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>Ihre Sitzung bei %1 ist nicht im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>TokenDesk-Einstellungen</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Vor Ablauf warnen</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>Durch Kommas getrennt, z. B. 14d, 7d, 3d, 1d, 1h. TokenDesk warnt außerdem, wenn ein Token abgelaufen ist.</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>Vor Ablauf &amp;warnen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Tokens &amp;löschen nach:</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>TokenDesk bei der Anmeldung im Infobereich &amp;starten</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>Schreiben Sie jede Warnung als Zahl mit d, h oder m, getrennt durch Kommas, z. B. 14d, 7d, 1h.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>Bereits eingereihte CI-Läufe verwenden noch das alte Token: TokenDesk widerruft es erst, wenn jedes CI-Geheimnis das neue enthält und diese Zeit verstrichen ist.</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>Altes Token &amp;widerrufen nach:</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>C&amp;I-Dienste</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>&amp;Veröffentlichungsüberwachung</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>Bei einer npm-Registry anmelden</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Registry-Adresse</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Mit dem Br&amp;owser anmelden (empfohlen)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>Mit Benutzername und Pass&amp;wort anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>optional: wird bei Bedarf abgefragt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>Die Anmeldeseite wurde in Ihrem Browser geöffnet. Melden Sie sich dort an; TokenDesk macht dann von selbst weiter.
Falls sich keine Seite geöffnet hat, besuchen Sie: %1
Warten auf Bestätigung …</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>Warten auf Ihr Einmalpasswort …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>„%1“ ist keine Registry-Adresse.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>Anmeldeseite wird bei %1 angefordert …</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2 …</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 bietet keine Anmeldung über den Browser an. Geben Sie stattdessen Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse kop&amp;ieren</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser und melden Sie sich dort an; TokenDesk macht dann von selbst weiter:
%1
Warten auf Bestätigung …</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id muss eine gültige UUID sein</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>Kopieren Sie die ID aus „stage list“, zum Beispiel 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>In der Registry wartet keine Stage-Version mit der ID %1.</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>Sie wurde vielleicht bereits freigegeben oder abgelehnt, oder Sie dürfen sie nicht sehen. Führen Sie „stage list“ aus, um die wartenden Versionen zu sehen.</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>Die Stage-Version %1 wird noch von der Registry validiert und kann noch nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>Warten Sie einige Minuten, bis ihr Status „staged“ lautet, und geben Sie sie dann frei.</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>Die Registry hat diese Version bereits, veröffentlicht oder als Stage (%1).</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>Lehnen Sie diese Stage-Version ab, oder stellen Sie eine neue Versionsnummer als Stage bereit.</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>Zum Freigeben oder Ablehnen einer Stage-Version muss die Zwei-Faktor-Authentifizierung für Ihr npm-Konto aktiviert sein.</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>Aktivieren Sie 2FA in den Einstellungen Ihres npm-Kontos und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>Die Registry erlaubt diesem Konto nicht, Stage-Versionen dieses Pakets freizugeben oder abzulehnen.</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>Tokens „nur Stage“ und Trusted-Publishing-Tokens können nicht freigeben; melden Sie sich als Maintainer des Pakets an.</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>Melden Sie sich bei %1 als %2 an, um die dortigen Stage-Versionen zu sehen.</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n Stage-Release wartet auf Ihre Freigabe.</numerusform>
            <numerusform>%n Stage-Releases warten auf Ihre Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>Keine Stage-Version wartet auf Ihre Freigabe.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>%1 von %n wird freigegeben …</numerusform>
            <numerusform>%1 von %n wird freigegeben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>%1 von %n wird abgelehnt …</numerusform>
            <numerusform>%1 von %n wird abgelehnt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>Wählen Sie eine Stage-Version aus, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 hat noch kein Release: npm hat diesen Platzhalter angelegt, als das Paket zum ersten Mal als Stage bereitgestellt wurde. Er ist kein Release; geben Sie die Stage-Version selbst frei.</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>Diese Stage-Version wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>%1 wird mit dem letzten Release verglichen …</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>Die Änderungen konnten nicht geladen werden: %1 Wählen Sie die Version erneut aus, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>Stage-Version freigeben</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>%1 %2 freigeben?</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>Sie wird mit dem Tag „%1“ veröffentlicht und kann sofort installiert werden. Ihr zweiter Faktor bestätigt die Freigabe.</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>%1 &amp;freigeben</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>Stage-Version ablehnen</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>%1 %2 ablehnen?</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>Die Stage-Version und ihr Tarball werden aus der Registry gelöscht. Dies kann nicht rückgängig gemacht werden. Ihr zweiter Faktor bestätigt die Ablehnung.</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>%1 &amp;ablehnen</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>In der Abhängigkeitsreihenfolge des Workspace %1:</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>Älteste zuerst:</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3 (Tag %4)</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>Stage-Versionen freigeben</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>%n Stage-Version freigeben?</numerusform>
            <numerusform>%n Stage-Versionen freigeben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n &amp;freigeben</numerusform>
            <numerusform>%n &amp;freigeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>npm hat diesen Platzhalter angelegt, als das Paket zum ersten Mal als Stage bereitgestellt wurde. Er ist kein Release und kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>Platzhalter, kein Release</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1 (vertrauenswürdige Automatisierung)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>Freigegeben (Tag %1)</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>Abgelehnt und gelöscht</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>Nicht versucht (eine vorherige ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>Kein Release</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>Wird von der Registry validiert</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Wartet auf Ihre Prüfung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Staged by</source>
        <translation>Bereitgestellt von</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>Stage-Releases</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>Änderungen gegenüber dem letzten Release</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben …</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>Die ausgewählte Stage-Version freigeben</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>Die ausgewählte Version veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>Die ausgewählte Stage-Version ablehnen</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>Die ausgewählte Stage-Version löschen (Strg+Entf)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>A&amp;lle in Abhängigkeitsreihenfolge freigeben …</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>Alle wartenden Stage-Versionen freigeben</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>Fortschritt der Sammelfreigabe</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 von %n freigegeben</numerusform>
            <numerusform>%1 von %n freigegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 Tg.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>fügen Sie ein Konto hinzu, um seine Tokens zu sehen</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>zum Aktualisieren anmelden</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>melden Sie sich an, um Ihre Tokens zu sehen</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>TokenDesk öffnet dieses Tarball nicht. Lehnen Sie die Stage-Version ab, es sei denn, Sie wissen, warum es so aussieht.</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>Das Tarball ist %1 MB groß, mehr als die %2 MB, die TokenDesk liest.</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>Dies ist kein gzip-komprimiertes tar-Archiv (%1).</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>Das Tarball ist beschädigt oder kein tar-Archiv (%1).</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>Das Tarball enthält mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>Das Tarball enthält einen Eintrag namens „%1“, der aus dem Paketordner hinauszeigt.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>Der Eintrag „%1“ des Tarballs ist %2 MB groß, mehr als die %3 MB, die TokenDesk für eine Datei liest.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>Der Eintrag „%1“ des Tarballs kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>Das Tarball ist entpackt größer als %1 MB.</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>TokenDesk kann keine Tarballs öffnen: %1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>Installieren Sie libarchive13 (sudo apt install libarchive13) oder installieren Sie das TokenDesk-Paket neu, das davon abhängt.</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>Token-Zeitachse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation>%1
Erstellt: %2
Läuft ab: %3 (%4)</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>Noch keine Tokens vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>nur Stage</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>veröffentlichen (umgeht 2FA)</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>klassisch: veröffentlichen</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>klassisch: nur lesen</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>klassisch: Automatisierung</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>Anmeldesitzung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>„%1“ wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>„%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>Das Geheimnis von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>„%1“ kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>„%1“ kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unbekannte Formatversion</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>sie gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>keine gültige Synchronisierungszeit</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>keine Token-Liste</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>ein Token-Eintrag ist beschädigt</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>Die gespeicherte Token-Liste %1 ist beschädigt (%2); sie wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>Die gespeicherte Token-Liste %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>Aktualisieren Sie, um die Liste erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>Token-Aktionen</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren …</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>&amp;Verwendungsorte anzeigen</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>Das Token wurde erstellt, konnte aber nicht in Ihrem Schlüsselbund gespeichert werden (%1). Kopieren Sie es jetzt oder versuchen Sie erneut, es zu speichern: Nach dem Schließen dieses Fensters wird es nicht mehr angezeigt.</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>Es wird bereits ein Token erstellt.</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>Geben Sie Ihr npm-Passwort ein: npm verlangt es zum Erstellen eines Tokens.</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>Es gibt kein Token zum Speichern.</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>Die Registry verlangt ein Einmalpasswort, aber das Fenster, in dem dieses Token angefordert wurde, ist geschlossen.</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>Erstellen Sie das Token erneut.</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;otieren</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>Wählen Sie ein Token aus, um seine Berechtigungen, Scopes und Verwendungsorte zu sehen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>alle Pakete</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Pakete und Scopes</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Erlaubte IP-Bereiche</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Umgeht 2FA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>nie oder unbekannt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>in Ihrem Schlüsselbund</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>nicht von TokenDesk gespeichert</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht durchsucht</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>Auf diesem Computer verwendet</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>Token kopieren; die Zwischenablage wird nach 30 s geleert</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>TokenDesk besitzt das Geheimnis dieses Tokens nicht</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>wird durchsucht …</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>auf diesem Computer nicht verwendet</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>In CI</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>CI-Dienst verbinden …</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>Letzte Releases</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>Aus CI veröffentlichen</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>Private Pakete in CI installieren</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>Von diesem Computer veröffentlichen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>Nur lesen für %n Tag: Es kann Ihre privaten Pakete installieren, aber nie veröffentlichen, und schreibgeschützte Tokens brauchen keine 2FA. Schreibgeschützte Tokens haben keine Höchstdauer; TokenDesk erinnert Sie vor dem Ablauf.</numerusform>
            <numerusform>Nur lesen für %n Tage: Es kann Ihre privaten Pakete installieren, aber nie veröffentlichen, und schreibgeschützte Tokens brauchen keine 2FA. Schreibgeschützte Tokens haben keine Höchstdauer; TokenDesk erinnert Sie vor dem Ablauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>Lesen und schreiben für %n Tag, der Standard von npm. Es umgeht 2FA nicht: Sie bestätigen jede Veröffentlichung selbst, daher kann eine gestohlene Kopie nicht allein veröffentlichen.</numerusform>
            <numerusform>Lesen und schreiben für %n Tage, der Standard von npm. Es umgeht 2FA nicht: Sie bestätigen jede Veröffentlichung selbst, daher kann eine gestohlene Kopie nicht allein veröffentlichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>Wählen Sie jede Einstellung selbst, ausgehend von den Standardwerten von npm: nur lesen, %n Tag.</numerusform>
            <numerusform>Wählen Sie jede Einstellung selbst, ausgehend von den Standardwerten von npm: nur lesen, %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>Wählen Sie eine Berechtigung für die Pakete und Scopes; „Kein Zugriff“ gewährt nichts.</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>Wählen Sie eine Berechtigung für die Organisationen; „Kein Zugriff“ gewährt nichts.</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>Von jeder IP-Adresse verwendbar: Fügen Sie einen IP-Bereich hinzu, um einzuschränken, wo es funktioniert.</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>Kann Ihr %n Paket veröffentlichen, und auch neue Pakete.</numerusform>
            <numerusform>Kann alle %n Pakete veröffentlichen, und auch neue Pakete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>Kann Releases Ihres %n Pakets als Stage bereitstellen, und auch von neuen Paketen.</numerusform>
            <numerusform>Kann Releases aller %n Pakete als Stage bereitstellen, und auch von neuen Paketen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab: Sie werden erinnert.</numerusform>
            <numerusform>Läuft in %n Tagen ab: Sie werden erinnert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>Lesen und schreiben (nur Stage) für %n Tag: CI stellt jedes Release ohne 2FA als Stage bereit, und Sie geben es mit 2FA frei, bevor es live geht. Das funktioniert auch weiter, wenn npm im Januar 2027 das direkte Veröffentlichen mit Tokens beendet, und die längste erlaubte Laufzeit bedeutet weniger Rotationen (TokenDesk erinnert Sie vor dem Ablauf). Noch besser ist Trusted Publishing: Dann braucht CI überhaupt kein Token.</numerusform>
            <numerusform>Lesen und schreiben (nur Stage) für %n Tage: CI stellt jedes Release ohne 2FA als Stage bereit, und Sie geben es mit 2FA frei, bevor es live geht. Das funktioniert auch weiter, wenn npm im Januar 2027 das direkte Veröffentlichen mit Tokens beendet, und die längste erlaubte Laufzeit bedeutet weniger Rotationen (TokenDesk erinnert Sie vor dem Ablauf). Noch besser ist Trusted Publishing: Dann braucht CI überhaupt kein Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>npm beendet das direkte Veröffentlichen mit Tokens, die 2FA umgehen, im Januar 2027; der genaue Tag ist nicht bekanntgegeben, und npms Dokumentation formuliert es für jedes Token, das direkt veröffentlicht. Nach diesem Tag kann dieses Token möglicherweise nicht mehr veröffentlichen. Wählen Sie „Lesen und schreiben (nur Stage)“, um Releases als Stage bereitzustellen, die Sie mit 2FA freigeben, oder verwenden Sie Trusted Publishing.</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>Kann jedes Paket dieses Kontos veröffentlichen, auch neue Pakete.</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>Kann Releases jedes Pakets dieses Kontos als Stage bereitstellen, auch von neuen Paketen.</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>Kann %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>Kann jedes Paket in %1 veröffentlichen, auch neue dort.</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>Kann Mitglieder und Teams in %1 hinzufügen und entfernen.</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>Umgeht die Zwei-Faktor-Authentifizierung: Wer es besitzt, kann ohne Code veröffentlichen. npm plant, das Veröffentlichen mit solchen Tokens im Januar 2027 zu beenden.</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>Token-Ablauf festlegen</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>Diese Registry teilt nicht mit, wann das Token von %1 endet. Geben Sie den letzten Tag ein, an dem es funktioniert (wie dort angezeigt, wo Sie es erstellt haben), dann zählt TokenDesk herunter und warnt Sie rechtzeitig.</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>Letzter Tag, an dem das Token funktioniert</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>Ab heute:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>Das Token läuft &amp;nie ab</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>Das Konto %1 ist nicht mehr in TokenDesk.</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>Melden Sie sich erneut an und legen Sie dann den Ablauf des Tokens fest.</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>TokenDesk kann diesen Ablauf für %1 nicht speichern.</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>Die Tokens dieser Registry enden an einem Datum; geben Sie dieses Datum ein.</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>hier kein Wert</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>npm-Token</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>klassisches Token (altes UUID-Format)</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>Platzhalter, kein echtes Token</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>andere Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Pakete und Scopes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Umgeht 2FA</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>npm beendet das direkte Veröffentlichen mit Tokens im Januar 2027 (der genaue Tag ist nicht bekanntgegeben). Stellen Sie die Pakete dieses Tokens auf Trusted Publishing oder ein Token nur für Stage um.</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>Stellt Releases als Stage bereit, die Sie mit 2FA freigeben; funktioniert auch nach Januar 2027.</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>kann ab Januar 2027 nicht mehr veröffentlichen</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>nur Stage</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>Umgeht die Zwei-Faktor-Authentifizierung: Wer es besitzt, kann ohne zweiten Faktor veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisieren fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>Diese Anmeldedaten gelten für %1, nicht für die Registry dieses Kontos.</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>Der Wert ist im CI-Dienst gespeichert, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>Die Variable %1 ist hier nicht gesetzt.</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>Dies ist der Platzhalter von actions/setup-node, kein echtes Token.</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>Ein Benutzername und Passwort, kein Token: nichts zuzuordnen.</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>Das Token wurde widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 Tokens haben dieselbe maskierte Form %2; TokenDesk kann nicht erkennen, welches es ist.</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>Nur über seine maskierte Form zugeordnet.</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>Keines der Tokens dieses Kontos und nicht online geprüft.</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>Die Registry lehnt es ab (401).</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>Es funktioniert (Benutzer %1), ist aber nicht in der Token-Liste dieses Kontos: ein Sitzungstoken oder das Token eines anderen Kontos.</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>Über seine maskierte Form zugeordnet; die Registry konnte es nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>Ein Client-Zertifikat in Dateien, kein Token: nichts zuzuordnen.</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>Geben Sie dem Token einen Namen.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein (er hat %2).</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, Leerzeichen, „-“ und „_“ enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein (sie hat %2).</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>Die Beschreibung darf nur Buchstaben, Ziffern, Leerzeichen, „-“ und „_“ enthalten, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Wählen Sie ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>Wählen Sie ein Ablaufdatum, das mindestens einen Tag in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>„%1“ ist kein gültiger npm-Paketname: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>„%1“ hat keinen Namen nach dem „@“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>„%1“ ist ein Paketname; ein Scope hat keinen „/“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ darf nicht mit „.“, „_“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>„%1“ muss kleingeschrieben sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>„%1“ darf nur URL-taugliche Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>Geben Sie einen Scope wie @acme ein.</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>Geben Sie einen Organisationsnamen ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>„%1“: Geben Sie die Organisation ohne „@“ ein.</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>Die CIDR-Positivliste darf nur IPv4-Adressen enthalten, %1 ist IPv6</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>Die CIDR-Positivliste enthält einen ungültigen CIDR-Eintrag: %1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>Ein Token kann höchstens %1 Pakete und Scopes zusammen nennen (dieses hat %2). Verwenden Sie stattdessen einen Scope oder alle Pakete.</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>Ein Token kann höchstens %1 Organisationen nennen (dieses hat %2).</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>Sie müssen diesem Token Zugriff auf mindestens ein Paket, einen Scope oder eine Organisation geben.</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>„Nur Stage“ gilt für Pakete und Scopes; wählen Sie für Organisationen „Kein Zugriff“, „Nur lesen“ oder „Lesen und schreiben“.</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>„2FA umgehen“ gilt nur für Tokens mit Schreibrechten; ein schreibgeschütztes Token verlangt nie 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>Ungültiger Ablaufwert. Tokens mit Lese- und Schreibzugriff können höchstens %n Tag gültig sein.</numerusform>
            <numerusform>Ungültiger Ablaufwert. Tokens mit Lese- und Schreibzugriff können höchstens %n Tage gültig sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>Ein Token muss mindestens %n Tag gültig sein.</numerusform>
            <numerusform>Ein Token muss mindestens %n Tage gültig sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>TokenDesk kennt das Konto %1 nicht.</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>CI verwendet das Geheimnis %1 (%2)</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
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
        <translation>TokenDesk &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n Stage-Release wartet auf Ihre Freigabe</numerusform>
            <numerusform>%n Stage-Releases warten auf Ihre Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk · %1</source>
        <translation>TokenDesk · %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Review staged releases</source>
        <translation>Stage-Releases prüfen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>Dieses Token ablösen …</translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>Fortschritt pro Paket</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>Kein Trusted Publisher zu erstellen.</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>Nicht angemeldet: Es wurde kein Trusted Publisher erstellt.</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>%1 von %2 in der Registry überprüft.</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 erlaubt nur Stage, aber %2 führt npm publish aus: npm wird mit „OIDC permission denied for this action“ antworten. Ändern Sie den Schritt in npm stage publish (tokendesk-cli trust workflow --apply).</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 erlaubt kein Stage, aber %2 führt npm stage publish aus. Erlauben Sie es (--allow-stage-publish), oder veröffentlichen Sie direkt.</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 verlangt die Umgebung „%2“, aber kein Veröffentlichungsjob von %3 läuft darin, daher lehnt npm das Token des Jobs ab. Setzen Sie environment: %2 beim Veröffentlichungsjob, oder erstellen Sie die Konfiguration mit der Umgebung des Jobs neu.</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 erlaubt direktes npm publish: Ein Release geht hinaus, ohne dass jemand es freigibt. Erlauben Sie nur npm stage publish, sofern Sie nicht direkt veröffentlichen müssen.</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 nennt keine Umgebung: Jeder Job des Workflows darf auf jedem Branch veröffentlichen. Nennen Sie eine geschützte Umgebung.</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 vertraut dem Repository %2, aber package.json nennt %3.</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 vertraut dem Eigentümer %2, aber package.json nennt %3.</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 nennt %2, das es im Repository nicht gibt: Diese Konfiguration kann nicht veröffentlichen oder veröffentlicht aus einer Datei, die später jemand hinzufügen könnte. Widerrufen Sie sie, oder fügen Sie die Datei hinzu.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>Erste Veröffentlichung von %1; nach Einrichtung von Trusted Publishing widerrufen.</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>beschränkt auf %1</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>für alle Ihre Pakete, weil %1 keinen Scope hat; es gilt nur einen Tag</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>Ein Token mit Schreibrechten für einen Tag erstellen, %1, ohne die Zwei-Faktor-Authentifizierung zu umgehen.</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>Jedes Paket einmal mit diesem Token von diesem Computer aus veröffentlichen (npm publish fragt nach Ihrem Einmalpasswort), damit die Namen auf %1 existieren.</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>Trusted Publishing für die neuen Pakete einrichten und überprüfen.</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>Das Ein-Tages-Token sofort widerrufen.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>Für mich &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>Ich veröffentliche einmal von &amp;Hand</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>Erste Veröffentlichung</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>npm kann nur Paketen vertrauen, die bereits in der Registry existieren.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>Schritte der Erstveröffentlichung</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>Ihr npm-Passwort (die Registry verlangt es zum Erstellen eines Tokens)</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>npm-Passwort</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 existiert noch nicht in der Registry, und npm akzeptiert einen Trusted Publisher nur für ein vorhandenes Paket. TokenDesk kann es einmal sicher für Sie veröffentlichen: Jeder Schritt unten zeigt seinen Zustand, und das Token wird am Ende in jedem Fall widerrufen.</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>Nicht angemeldet: TokenDesk kann nicht für Sie veröffentlichen. Veröffentlichen Sie einmal von Hand und starten Sie diesen Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>Geben Sie zuerst Ihr npm-Passwort ein: Das Erstellen eines Tokens verlangt es.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>Veröffentlichen Sie jedes Paket einmal selbst aus seinem Ordner, angemeldet mit npm login:</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>Starten Sie diesen Assistenten dann erneut: Er richtet Trusted Publishing für sie ein.</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>Wird angehalten; das Token wird widerrufen …</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>&amp;Absichern: 2FA verlangen und Tokens verbieten</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>Veröffentlichungs-Tokens auf&amp;räumen …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>Trusted Publishing ist eingerichtet und überprüft für: %1.</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>die CI-Datei</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>Wird abgesichert …</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>Absicherung abgeschlossen.</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>Letzte Releases &amp;prüfen</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>Nicht eingerichtet: %1 (siehe vorherige Seiten).</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>Noch nicht veröffentlicht: %1. Veröffentlichen Sie einmal und starten Sie diesen Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>Nächste Schritte: Committen und pushen Sie %1 und führen Sie dann den Workflow aus. Prüfen Sie anschließend die letzten Releases, sichern Sie die Pakete ab, sodass nur noch Trusted Publishing veröffentlichen kann, und widerrufen Sie die Veröffentlichungs-Tokens, die CI nicht mehr braucht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>Die Absicherung wird angeboten, sobald %1 den Trusted-Publishing-Workflow enthält: Schreiben Sie ihn auf der Workflow-Seite oder bearbeiten Sie ihn von Hand und führen Sie diesen Assistenten erneut aus.</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>Absichern</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>%n Paket absichern?</numerusform>
            <numerusform>%n Pakete absichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>Für %1 wird das Veröffentlichen Zwei-Faktor-Authentifizierung erfordern, und die Registry wird jedes Token ablehnen, ob klassisch oder granular: Nur der Trusted-Publishing-Workflow in %2 kann veröffentlichen. CI-Jobs und Computer, die noch mit einem Token veröffentlichen, schlagen fehl. Sie können dies in den Einstellungen jedes Pakets in der Registry rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>&amp;Absichern</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: letztes Release wird geprüft …</translation>
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
        <translation>GitHub-Repository</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>GitLab-Projekt</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>Das Repository in package.json ist kein %1 (%2).</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>Geben Sie das %1 mit %2 an.</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>Das Repository in package.json (%1) weicht vom angegebenen %2 (%3) ab.</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>%1 muss mit %2 angegeben oder aus dem Feld repository der package.json abgeleitet werden.</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>%1 muss mit %2 angegeben werden.</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>Wählen Sie den Ordner des Repositorys, dessen Pakete CI veröffentlichen soll.</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>In diesem Ordner wurde keine veröffentlichbare package.json gefunden.</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>Haken Sie die Pakete an, die CI über Trusted Publishing veröffentlichen soll.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>In der Registry</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>Nicht angemeldet: Der Zustand in der Registry kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Registry wird gelesen …</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>Noch nicht veröffentlicht: benötigt eine erste Veröffentlichung (Bootstrap)</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>Veröffentlicht; kein Trusted Publisher</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>Veröffentlicht; %n Trusted Publisher eingerichtet</numerusform>
            <numerusform>Veröffentlicht; %n Trusted Publisher eingerichtet</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>Die Registry konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>Der Name der Workflow-Datei fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>„%1“ ist ein Pfad; npm braucht nur den Dateinamen (zum Beispiel publish.yml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>„%1“ muss auf .yml oder .yaml enden.</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 hat kein Feld „repository“; npm lehnt Provenance ohne passende repository.url ab.</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>Das Repository von %1 („%2“) ist keine URL, die TokenDesk versteht.</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>Das Repository von %1 ist %2, aber das Git-Remote ist %3 (Groß-/Kleinschreibung wird unterschieden).</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 liegt in %2, aber sein repository.directory ist „%3“.</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>Die Registry konnte für dieses Paket nicht gelesen werden (%1). Gehen Sie zurück zur Paketseite, um sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 hat bereits %2 Trusted Publisher, die Höchstzahl, die npm erlaubt, und keiner passt zu diesem Repository. Entfernen Sie zuerst einen (tokendesk-cli trust list %1, dann trust revoke %1 --id &lt;id&gt;).</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>Veröffentlichung als &amp;Stage zur Freigabe bereitstellen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>Wo CI läuft. Die Angaben stammen aus dem Git-Remote; npm vergleicht sie exakt, einschließlich Groß-/Kleinschreibung.</translation>
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
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>&amp;Repository-/Projektpfad:</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>&amp;Workflow-/CI-Datei:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>Erlaubte Aktionen:</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>Geben Sie den Pfad als Eigentümer/Repository an und erlauben Sie mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>&amp;Direkt veröffentlichen (npm publish)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>Trusted Publishing darf nach npms Stichtag im Januar 2027 weiterhin direkt veröffentlichen, aber dann geht jedes Release hinaus, ohne dass jemand es freigibt.</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>Was „Anwenden“ tun wird. Die Registry fragt einmal nach Ihrem zweiten Faktor.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>%1 schreiben.</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1: Trusted Publisher erstellen.</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1: abweichenden Trusted Publisher ersetzen.</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1: bereits eingerichtet; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1: noch nicht veröffentlicht. npm vertraut nur vorhandenen Paketen: Nach „Anwenden“ veröffentlicht die nächste Seite es einmal (mit einem 1-Tages-Token, beschränkt auf seinen Scope und direkt danach widerrufen) und richtet dann Trusted Publishing ein.</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1: kein Platz für einen weiteren Trusted Publisher; es wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>Alte Konfiguration wird entfernt</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>Vertrauenskonfiguration wird erstellt</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>Von der Registry gedrosselt; es wird gewartet</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Wird zurückgelesen</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>Eingerichtet und überprüft</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>Die Registry hat eine abweichende Konfiguration</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>Die Registry hat die Trusted-Publisher-Anfrage für %1 ohne die Konfiguration beantwortet, die sie zurücksenden sollte; daher ist unbekannt, ob einer erstellt wurde.</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>Listen Sie die Trusted Publisher des Pakets auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>Der neue Trusted Publisher von %1 ist eingerichtet, aber der alte (%2) konnte nicht entfernt werden: %3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>Entfernen Sie ihn mit „tokendesk-cli trust revoke %1 --id %2“.</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 %2 auf npm gegenüber %3 im Repository: Sie unterscheiden sich nur in der Groß-/Kleinschreibung, und npm unterscheidet diese.</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 ist auf npm %2, aber das Repository benötigt %3.</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1: Auf npm ist kein Trusted Publisher dieser Art eingerichtet.</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1: Der Trusted Publisher passt zum Repository.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1: %n Feld weicht vom Repository ab.</numerusform>
            <numerusform>%1: %n Felder weichen vom Repository ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>Workflow-Datei</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>CI-Datei</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>Pipeline-Definitions-ID</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>VCS-Ursprung</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>Kontext-IDs</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>erlaubte Aktionen</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>Die erlaubten Aktionen auf npm sind %1, aber der Workflow benötigt %2.</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>Keine veröffentlichte Version zu prüfen.</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 wurde über Trusted Publishing veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 hat Provenance, wurde aber mit einem Token veröffentlicht, nicht über Trusted Publishing: Der OIDC-Austausch ist fehlgeschlagen und npm ist auf ein konfiguriertes Token ausgewichen.</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 stammt von einem Token oder einer manuellen Veröffentlichung, nicht aus Trusted Publishing.</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>Trusted Publishing einrichten</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>Diese Änderung beim Anwenden &amp;schreiben</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>Die CI-Änderung, die Trusted Publishing benötigt. Vor „Anwenden“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 enthält bereits alles, was Trusted Publishing benötigt.</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>Neue Datei %1.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Änderungen an %1:</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>Warten auf Bestätigung …</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Warten auf Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>Geben Sie das Einmalpasswort aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>Im Browser bestätigen</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>Die Anmeldeseite der Registry wurde in Ihrem Browser geöffnet. Melden Sie sich dort an; TokenDesk macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>Die Bestätigungsseite der Registry wurde in Ihrem Browser geöffnet. Bestätigen Sie dort; TokenDesk macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>Falls sich keine Seite geöffnet hat, besuchen Sie: %1</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Haken Sie auf dieser Seite „Skip two-factor authentication for the next 5 minutes“ an: Dann deckt diese eine Bestätigung alle Änderungen dieses Durchgangs ab.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse kop&amp;ieren</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser und melden Sie sich dort an; TokenDesk macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser und bestätigen Sie dort; TokenDesk macht dann von selbst weiter.</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>Wählen Sie eine .npmrc-Datei.</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>Es gibt kein Token zum Schreiben.</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>Die Token-Zeile konnte nicht zu %1 hinzugefügt werden.</translation>
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
        <translation>Wie oft die Überwachung jedes Ihrer Pakete aus der Registry liest. Nie unter 5 Minuten.</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>Jedes Paket &amp;prüfen alle:</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>Anfragebudget pro Stunde</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>Anfragebudget pro Stunde:</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>&amp;Nicht überwachte Pakete:</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>Nicht überwachte Pakete</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n Paket überwacht.</numerusform>
            <numerusform>%n Pakete überwacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>Geplant: %n Anfrage pro Stunde.</numerusform>
            <numerusform>Geplant: %n Anfragen pro Stunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>Letzte Stunde: %n Anfrage, %1 empfangen.</numerusform>
            <numerusform>Letzte Stunde: %n Anfragen, %1 empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>Die Registry hat gebeten zu warten: Die Überwachung pausiert bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>Die Überwachung liest ein Paket nie öfter als jede %n Minute (die Cache-Zeit der Registry): Sie verwendet %n.</numerusform>
            <numerusform>Die Überwachung liest ein Paket nie öfter als alle %n Minuten (die Cache-Zeit der Registry): Sie verwendet %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>Die Veröffentlichungsüberwachung läuft nicht.</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>Keine: Jedes Paket wird überwacht.</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>Das Warten auf die Bestätigung im Browser wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>Die Bestätigung im Browser ist nicht innerhalb von %n Minute eingetroffen.</numerusform>
            <numerusform>Die Bestätigung im Browser ist nicht innerhalb von %n Minuten eingetroffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>Beginnen Sie erneut und bestätigen Sie die Anfrage im Browser.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>Die Registry hat beim Warten auf die Bestätigung im Browser unerwartet geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>Die Bestätigung im Browser wurde abgelehnt oder ist abgelaufen, bevor sie abgeschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 ist kein gültiges YAML: %2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>Job „%1“ läuft in jedem Workflow, der ihn verwendet, ohne Kontext. CircleCI stellt OIDC-Tokens nur für Jobs aus, die mit mindestens einem Kontext laufen.</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>Fügen Sie dem Job im Workflow einen Kontext hinzu, zum Beispiel:
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>Job „%1“ veröffentlicht, setzt aber nie NPM_ID_TOKEN mit der npm-Audience, daher hat npm kein OIDC-Token.</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>Vor dem Veröffentlichen ausführen:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>Job „%1“ veröffentlicht, hat aber nicht die Berechtigung „id-token: write“, daher kann npm kein OIDC-Token erhalten und scheitert mit ENEEDAUTH oder E404.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>Zu Job „%1“ hinzufügen:
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>actions/setup-node mit registry-url schreibt eine .npmrc, die NODE_AUTH_TOKEN liest; ist sie nicht gesetzt, ist das Token der Platzhalter XXXXX-XXXXX-XXXXX-XXXXX, und npm sendet diesen, statt Trusted Publishing zu verwenden (ein verdeckter E404).</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>Entfernen Sie die Zeile registry-url aus dem setup-node-Schritt.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>Zu Job „%1“ hinzufügen:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>NPM_ID_TOKEN in Job „%1“ hat nicht die Audience „npm:registry.npmjs.org“, daher lehnt die Registry es ab.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>Job „%1“ fordert ein npm-ID-Token als %2 an, aber npm liest nur NPM_ID_TOKEN.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>Job „%1“ veröffentlicht, deklariert aber kein NPM_ID_TOKEN in id_tokens, daher hat npm kein OIDC-Token und scheitert mit ENEEDAUTH oder E404.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>Job „%1“ deklariert kein SIGSTORE_ID_TOKEN (Audience „sigstore“), daher wird keine Provenance veröffentlicht.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>Job „%1“ ruft den Veröffentlichungs-Workflow %2 auf, ohne „id-token: write“ zu gewähren; ein aufgerufener Workflow kann nicht mehr Berechtigungen haben als sein Aufrufer.</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 ist ein wiederverwendbarer Workflow. npm prüft den Namen des aufrufenden Workflows, daher muss der Trusted Publisher %2 nennen, nicht %1.</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>Verwenden Sie %1 als Namen der Workflow-Datei in der Vertrauenskonfiguration.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>Setup-node-Schritt mit Node 24 zu Job „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>„npm install -g npm@latest“ vor dem Veröffentlichen in Job „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>npm@%1 in Job „%2“ durch npm@latest ersetzt</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>„id-token: write“ für Job „%1“ gewährt</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>Node 24 in Job „%1“ gesetzt</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>registry-url aus setup-node in Job „%1“ entfernt (sein Platzhalter-Token verdeckt Trusted Publishing)</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>Node %1 in Job „%2“ auf 24 geändert</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>%1 aus Job „%2“ entfernt</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>Neuer Workflow %1, der über Trusted Publishing veröffentlicht</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>Job publish-npm mit NPM_ID_TOKEN zu %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>%1 wurde geändert, seit der Vorschlag erstellt wurde; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>Prüfen Sie den Vorschlag erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>%1 kann nicht sicher geändert werden: Nach den Änderungen wäre es kein gültiges YAML mehr, daher wurde nichts geändert. Prüfen Sie Anführungszeichen und Einrückung oder nehmen Sie die Änderungen von Hand vor.</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm veröffentlicht direkt und kann kein Stage: Setzen Sie npmPublish auf false, und fügen Sie danach einen Schritt hinzu, der npm stage publish ausführt.</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish veröffentlicht direkt und kann kein Stage: Lassen Sie es die Versionen der Pakete setzen, und führen Sie dann npm stage publish in jedem geänderten Paket aus.</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish kann kein Stage: Führen Sie lerna version aus, dann npm stage publish in jedem geänderten Paket.</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 hat kein Staged Publishing: Führen Sie stattdessen npm stage publish in jedem Paketordner aus (es veröffentlicht dieselbe package.json).</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>Zeile %1 veröffentlicht mit %2, das ein Release nicht als Stage bereitstellen kann, daher hat TokenDesk sie unverändert gelassen.</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>Zeile %1 veröffentlicht über npm in einer Form, die TokenDesk nicht umschreibt.</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>Ändern Sie sie von Hand in npm stage publish (bei einem Paketskript in package.json).</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>%1 kann nicht sicher geändert werden: Nach den Änderungen wäre es kein gültiges YAML mehr, daher wurde nichts geändert. Ändern Sie npm publish von Hand in npm stage publish.</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>npm publish in %n Zeile in npm stage publish geändert (%1): Releases warten auf die Freigabe eines Maintainers mit Zwei-Faktor-Authentifizierung.</numerusform>
            <numerusform>npm publish in %n Zeilen in npm stage publish geändert (%1): Releases warten auf die Freigabe eines Maintainers mit Zwei-Faktor-Authentifizierung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>unbekannte Option „%1“. Führen Sie „tokendesk-cli --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: unbekannte Option „%2“. Führen Sie „tokendesk-cli %1 --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>bei GitHub, GitLab oder CircleCI anmelden, damit die Rotation deren Geheimnisse aktualisiert</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci benötigt einen Unterbefehl: login, status, logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>unbekannter ci-Unterbefehl „%1“ (bekannt: login, status, logout)</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login benötigt den Dienst: github, gitlab oder circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>„%1“ ist keine API-URL; verwenden Sie die Form https://host/pfad</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh übernimmt die Anmeldung der GitHub-CLI; es funktioniert nur für github</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>Tokens werden nie aus Argumenten übernommen; leiten Sie es per Pipe weiter und verwenden Sie --with-token</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>unbekannte Option „%1“ für ci login</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>CircleCI bietet keine Anmeldung für andere Apps: Erstellen Sie in CircleCI ein persönliches API-Token (User Settings &gt; Personal API Tokens) und leiten Sie es dann per Pipe weiter: tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>es wurde kein %1-Token angegeben; leiten Sie es per Pipe über die Standardeingabe weiter</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>dieser Build kann noch nicht mit %1 kommunizieren</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 hat das Token nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>Bei %1 (%2) als %3 angemeldet.</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>die GitHub-CLI (gh) wurde nicht gefunden; installieren Sie sie und führen Sie „gh auth login“ aus, oder leiten Sie ein Token mit --with-token per Pipe weiter</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>„gh auth token“ ist fehlgeschlagen (ist gh angemeldet? führen Sie „gh auth login“ aus), oder leiten Sie ein Token mit --with-token per Pipe weiter</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>Die Anmeldung der GitHub-CLI wird verwendet. Ihre Standard-Scopes decken Repository- und Umgebungsgeheimnisse ab; führen Sie für Organisationsgeheimnisse zuerst „gh auth refresh -s admin:org“ aus.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>Öffnen Sie %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>Warten auf die Bestätigung ...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>unbekannte Option „%1“ für ci logout</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout benötigt den Dienst: github, gitlab oder circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>nicht bei %1 für %2 angemeldet</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>Von %1 (%2) abgemeldet; die Anmeldedaten wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>unbekannte Option „%1“ für ci status</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>Kein CI-Dienst angemeldet: tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>ANGEMELDET ALS</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>CI-GEHEIMNIS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>ENTHÄLT</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>(nicht mitgeteilt)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry benötigt eine URL, zum Beispiel --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>„%1“ ist keine Registry-URL; verwenden Sie die Form https://host/</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>unbekannter Befehl „%1“. Führen Sie „tokendesk-cli --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>npm-Zugriffstokens, Sitzungen und Trusted Publishing im Terminal verwalten.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>(in diesem Build noch keine)</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>Geheimnisse werden von der Standardeingabe gelesen (--password-stdin), nie aus Argumenten.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout benötigt eine Anzahl Sekunden von 1 bis 3600, zum Beispiel --timeout 120</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>eine Registry-Anfrage nach dieser Zeit aufgeben (Standard: 60)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: tokendesk-cli &lt;command&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl, wie bei npm):</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>Registry, mit der gesprochen wird (Standard: die, mit der npm konfiguriert ist: npm_config_registry, die .npmrc des Projekts, die des Benutzers, die globale npmrc; sonst https://registry.npmjs.org/)</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>Benutzerkonfigurationsdatei von npm anstelle von ~/.npmrc</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>diese Hilfe anzeigen oder die eines Befehls</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>„%1“ ist keine Registry-URL (%2 in %3); verwenden Sie die Form https://host/</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>Token-IDs aus dem lokalen Cache, für die Shell-Vervollständigung (kein Netzwerk)</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli completion-ids tokens</source>
        <translation>Aufruf: tokendesk-cli completion-ids tokens</translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation>ein fehlgeschlagenes CI-Veröffentlichungsprotokoll erklären: wahrscheinliche Ursachen und Lösungen (diagnose &lt;file|-&gt;)</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose erwartet ein Argument: eine Protokolldatei oder -, um von der Standardeingabe zu lesen</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(Protokollzeile %1)</translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation>jedes npm-Token auf diesem Computer finden und prüfen</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>ZUORDNUNG</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>Keine npm-Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>%n verwendetes Token braucht Aufmerksamkeit (klassisch, tot oder läuft bald ab). Führen Sie „tokendesk-cli migrate“ aus, um den Plan zu sehen.</numerusform>
            <numerusform>%n verwendete Tokens brauchen Aufmerksamkeit (klassisch, tot oder laufen bald ab). Führen Sie „tokendesk-cli migrate“ aus, um den Plan zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor: Der Projektordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>auf ein kompromittiertes Release reagieren: diesen Computer prüfen, dann 2FA verlangen, Tokens widerrufen, Tags zurücksetzen und als veraltet markieren</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown braucht ein Paket, zum Beispiel: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip: unbekannter Schritt „%1“ (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown: die Vertrauensdaten %1 können nicht gelesen werden (eine trusted_root.json-Datei von höchstens 4 MiB)</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>Plan der Notfallsperre:</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>Nichts zu ändern: Kein ausgewählter Schritt trifft zu.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>Vor jeder Änderung angehalten: Dieser Computer hat einen Persistenzmechanismus eines Wurms. Ein Wächterprozess löscht womöglich Ihren persönlichen Ordner, sobald das gestohlene Token nicht mehr funktioniert. Entschärfen Sie ihn daher zuerst und führen Sie die Notfallsperre dann erneut aus.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli: Der Vorfallbericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Vorfallbericht: %1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>Melden Sie die Schadsoftware an npm: %1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume setzt die nicht abgeschlossene Notfallsperre fort: geben Sie kein Paket an</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>es gibt keine nicht abgeschlossene Notfallsperre, die fortgesetzt werden könnte</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>Hinweis: Eine frühere Notfallsperre (%1) wurde vor ihrem Abschluss angehalten. Diese hier plant neu anhand des Zustands der Registry; &apos;tokendesk-cli lockdown --resume&apos; würde stattdessen den früheren Plan fortsetzen.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli: Die Notfallsperre wurde bei einem fehlgeschlagenen Schritt angehalten; die folgenden Schritte wurden nicht ausgeführt. Führen Sie &apos;tokendesk-cli lockdown --resume&apos; aus, um ihn zu wiederholen und fortzufahren.</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>Dieser Vorgang erfordert ein Einmalpasswort, und es gibt kein Terminal, um danach zu fragen.</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>Führen Sie ihn erneut mit --otp CODE aus.</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>OTP eingeben: </translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>Es wurde kein Einmalpasswort eingegeben.</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>Öffnen Sie diese Seite, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>Bestätigen Sie diesen Vorgang in Ihrem Browser:</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>Warten auf Bestätigung … (Strg+C zum Abbrechen)</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Haken Sie auf dieser Seite „Skip two-factor authentication for the next 5 minutes“ an: Dann deckt diese eine Bestätigung alle Änderungen dieses Durchgangs ab.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>bei der Registry anmelden (Browser oder Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>Passwörter werden nie aus Argumenten übernommen; leiten Sie es per Pipe weiter und verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type muss „web“ oder „legacy“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>die Legacy-Anmeldung benötigt --username NAME und das Passwort auf stdin (--password-stdin)</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>Bei %1 als %2 angemeldet; %3.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Sie sind nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>Führen Sie zuerst „tokendesk-cli login“ aus.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>Führen Sie „tokendesk-cli login“ aus, um sich erneut anzumelden.</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>die Sitzung beenden und aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Von %1 abgemeldet (%2).</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>Passwörter werden nie aus Argumenten übernommen; leiten Sie es per Pipe weiter und verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace erwartet die Minuten, die das alte Token nach der Aktualisierung der CI-Geheimnisse erhalten bleibt, zum Beispiel --grace 10 (0 erlaubt)</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>den Umstieg von klassischen und langlebigen Tokens planen (oder mit --apply ausführen)</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>VERWENDET IN</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>Zeile %1: %2 – Auswahl: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>Keine Tokens in Verwendung: nichts zu migrieren.</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose erwartet ZEILE=AKTION, zum Beispiel 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>es gibt keine unterbrochene Migration zum Fortsetzen oder Zurücksetzen</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>Zeile %1 kann nicht „%2“ sein</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>das Erstellen der Ersatz-Tokens erfordert Ihr npm-Passwort; leiten Sie es per Pipe weiter und verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>es gibt keine Migration, die auf eine Bestätigung wartet</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>keine Zeile der letzten Migration wartet auf eine Bestätigung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>„%1“ ist keine Zeile, die auf eine Bestätigung wartet (wartend: %2)</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>Widerruf ausstehend: erneut versuchen</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>Keine Tokens in Verwendung in den Dateien, die TokenDesk lesen konnte; beheben Sie die Warnungen oben und erstellen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>es gibt nichts zurückzusetzen: Die neuen Tokens sind überprüft und in Verwendung; führen Sie „tokendesk-cli migrate --resume“ aus, um das Widerrufen der alten erneut zu versuchen</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>eine unterbrochene Migration wurde gefunden (%1); führen Sie „tokendesk-cli migrate --resume“ aus, um sie abzuschließen, oder „tokendesk-cli migrate --rollback“, um sie rückgängig zu machen</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to nimmt „stage-only“ (ersetzt jedes verwendete Token für direktes Veröffentlichen durch ein Token nur für Stage)</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>hier wird kein Token für direktes Veröffentlichen verwendet: nichts auf ein Token nur für Stage umzustellen</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>geben Sie eine von --apply, --resume, --rollback und --confirm an</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>altes Token wird behalten, bis Sie die unten genannten Stellen aktualisieren; führen Sie dann „tokendesk-cli migrate --confirm %1“ aus</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>anzeigen mit: secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>Zeile %1 (%2) wartet auf Sie:</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>Dann: tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>die Migration wurde angehalten: %1 Führen Sie „tokendesk-cli migrate --resume“ aus, sobald die Ursache behoben ist, oder „tokendesk-cli migrate --rollback“, um sie rückgängig zu machen.</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>Zeile %1 (%2) wurde nicht migriert, ihr altes Token funktioniert noch: %3 Beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>Zeile %1: Das neue Token ist in Verwendung, aber das Widerrufen des alten Tokens %2 ist fehlgeschlagen (%3); führen Sie „tokendesk-cli migrate --resume“ aus, um es erneut zu versuchen</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>Zeile %1: Das alte Token bleibt bis %2 gültig (bereits eingereihte Läufe behalten den alten Wert); dann wird es widerrufen. Strg+C ist sicher: „tokendesk-cli migrate --resume“ schließt ab.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>Zeile %1: %2 enthält dieses Token; es erhält das neue</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>neues Token wird an %1 übertragen</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>an %1 übertragen</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>überprüft: %1 enthält das neue Token</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>schreiben Sie das neue Token in %1 (%2) oder melden Sie sich an: tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>, attestiert</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>VERÖFFENTLICHT ÜBER</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>LETZTES RELEASE</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>Keine Pakete zum Veröffentlichen in diesem Konto.</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>Ausweg (%1):</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Nicht bekannt: %1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>Für kein Paket bekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n Paket gefährdet im Januar 2027 (ein genauer Tag ist nicht bekanntgegeben).</numerusform>
            <numerusform>%n Pakete gefährdet im Januar 2027 (ein genauer Tag ist nicht bekanntgegeben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>der Veröffentlichungsweg jedes Pakets und seine Bewertung für Januar 2027</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing: Der Projektordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation>einen Befehl mit einem gespeicherten Token in NODE_AUTH_TOKEN / NPM_TOKEN ausführen</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token benötigt eine Token-ID (siehe „tokendesk-cli token list“)</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run benötigt einen Befehl: tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 hat kein aktives Token. Erstellen Sie eines mit „tokendesk-cli token create“.</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>keines der aktiven Tokens von %1 ist in diesem Schlüsselbund. Erstellen Sie eines mit „tokendesk-cli token create“ oder wählen Sie eines mit --token.</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>Token „%1“ (%2) ist nicht in diesem Schlüsselbund: Sein Geheimnis wurde hier nie gespeichert.</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run: „%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run: „%1“ wurde abnormal beendet</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>Stage-Versionen auflisten, anzeigen, vergleichen, herunterladen, freigeben und ablehnen</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage benötigt einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter stage-Unterbefehl „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>Erforderliche &lt;stage-id&gt; fehlt</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>Stage-Versionen freigeben und damit veröffentlichen (npm stage approve)</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>Stage-Versionen ablehnen und damit löschen (npm stage reject)</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type ist web oder legacy</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>Erforderliche &lt;stage-id&gt; fehlt (oder --all für alle Stage-Versionen)</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>Geben Sie Stage-IDs oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package ist nur zusammen mit --all möglich</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>%1 (%2) wird übersprungen: wird noch von der Registry validiert.</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>In der Abhängigkeitsreihenfolge des Workspace in %1.</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>Das Ablehnen löscht diesen Stage-Veröffentlichungseintrag und sein Tarball endgültig aus der Registry.</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>Jede Stage-Version braucht ihre eigene Bestätigung im Browser („skip 2FA for 5 minutes“ von npm deckt sie nicht ab); mit --otp CODE gilt ein Code für alle, solange er gültig ist.</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>Stage-Paket %1 wird freigegeben</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>Stage-Paket %1 wird abgelehnt</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>Nach dem Fehler nicht versucht: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>eine Stage-Version mit der zuletzt veröffentlichten vergleichen</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>ein Stage-Tarball im aktuellen Ordner speichern (npm stage download)</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>package.json konnte nicht aus dem Tarball gelesen werden</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>Paket: %1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>Dateien gesamt: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>die Stage-Versionen auflisten, die Sie sehen dürfen (npm stage list)</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>Versionsangaben werden beim Auflisten von Stage-Paketen nicht unterstützt</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli: nicht aufgelistet: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>eine Stage-Version anzeigen (npm stage view)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token benötigt einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter token-Unterbefehl „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>Zugriffstokens auflisten, erstellen, rotieren und widerrufen</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password: Passwörter werden nie aus Argumenten übernommen; leiten Sie es per Pipe weiter und verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires: „%1“ ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 muss einer der Werte %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>alle Pakete</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>Organisationen %1 (%2)</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>Token %1 erstellt</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  Name:       %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  Schlüssel:  %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  Rechte:     %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  Von IPs:    %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  umgeht 2FA</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  Läuft ab:   %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>In Ihrem Schlüsselbund gespeichert; „tokendesk-cli run -- &lt;command&gt;“ verwendet es.</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>Warnung: Das Token wurde erstellt, konnte aber nicht in Ihrem Schlüsselbund gespeichert werden (%1). Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>ein granulares Token mit den Optionen von npm erstellen; es wird in Ihrem Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create benötigt Ihr npm-Passwort: Leiten Sie es an die Standardeingabe weiter und fügen Sie --password-stdin hinzu</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: Die Standardeingabe enthielt kein Passwort</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Falsches oder fehlendes Passwort.</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>Ihre Sitzung ist noch gültig; prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>alle Tokens des angemeldeten Kontos auflisten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list: unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (widerrufen)</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>Keine Tokens. (Sitzungen aus login werden nie aufgelistet.)</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>Diese Registry meldet keinen Ablauf von Tokens.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>Tokens über ihre ID widerrufen (ein eindeutiges Schlüsselpräfix, wie in „token list“)</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>Die Token-ID „%1“ war mehrdeutig; möglicherweise wurde ein neues Token erstellt, seit Sie zuletzt `tokendesk-cli token list` ausgeführt haben.</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>Unbekannte Token-ID oder unbekannter Wert „%1“.</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke benötigt die ID eines Tokens; „tokendesk-cli token list“ zeigt sie an</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>Vor diesem Fehler entfernte Tokens: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>%n Token entfernt</numerusform>
            <numerusform>%n Tokens entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>ein Token durch ein neues mit denselben Rechten ersetzen und seine Verwendungen aktualisieren</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate benötigt eine Token-ID (wie „token list“ sie anzeigt)</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>das Erstellen des neuen Tokens erfordert Ihr npm-Passwort; leiten Sie es per Pipe weiter und verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>eine unterbrochene Migration wurde gefunden; führen Sie zuerst „tokendesk-cli migrate --resume“ oder „--rollback“ aus</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>kein aktives Token hat die ID „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>„%1“ passt auf %2 Tokens; geben Sie mehr von der ID an</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>„%1“ (%2) wird rotiert: %n Verweis zu aktualisieren.</numerusform>
            <numerusform>„%1“ (%2) wird rotiert: %n Verweise zu aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>Warnung: Keine .npmrc hier verwendet dieses Token (oder es lässt sich anhand seiner maskierten Form nicht von einem anderen unterscheiden); tragen Sie das neue Token überall dort ein, wo es verwendet wird – CI-Geheimnisse, andere Computer –, denn das alte wird widerrufen.</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust benötigt einen Unterbefehl: %1</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 akzeptiert höchstens ein Paket oder einen Ordner</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>würde %1 einrichten: %2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>Der Paketname muss entweder als Argument oder in der Datei package.json angegeben werden</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci benötigt --org-id, --project-id, --pipeline-definition-id und --vcs-origin</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>Das GitHub-Repository muss im Format owner/repository angegeben werden</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>Das GitLab-Projekt muss als group/project angegeben werden</translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke benötigt ein Paket und --id &lt;id&gt; (siehe trust list)</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1: Trusted Publisher %2 entfernt</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 hat kein GitHub- oder GitLab-Remote zum Abgleichen</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1: noch nicht in der Registry; veröffentlichen Sie es einmal und richten Sie dann Trusted Publishing ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n Paket braucht Aufmerksamkeit</numerusform>
            <numerusform>%n Pakete brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type muss „web“ oder „legacy“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation>ERLAUBT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation>nicht in der Registry</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>kein Trusted Publisher</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n Paket nicht in der Registry: %1</numerusform>
            <numerusform>%n Pakete nicht in der Registry: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n Paket nicht eingerichtet: %1</numerusform>
            <numerusform>%n Pakete nicht eingerichtet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>würde Trusted Publisher %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 hat keinen Trusted Publisher mit der ID %2 (oder das Paket ist nicht in der Registry); siehe „tokendesk-cli trust list %1“.</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>Trusted Publishing: list, github, gitlab, circleci, revoke (die Flags von npm trust, dazu --all und --replace; nur Stage, außer mit --allow-publish), check &lt;folder&gt; und workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace braucht genau ein Paket (Konfigurations-IDs gehören zu einem Paket)</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>dann %1 von %2 widerrufen</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>das Repository hat keinen Workflow: Geben Sie ihn mit --file an</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1: %n Trusted Publisher auf npm, jeweils mit dem Workflow verglichen, den er nennt.</numerusform>
            <numerusform>%1: %n Trusted Publisher auf npm, jeweils mit dem Workflow verglichen, den er nennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1: Auf npm ist kein Trusted Publisher konfiguriert.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 hat bereits einen anderen Trusted Publisher und keinen Platz für einen weiteren. Siehe „tokendesk-cli trust list %1“, entfernen Sie einen mit „trust revoke“, und führen Sie dies dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 hat bereits einen anderen Trusted Publisher (%2) und keinen Platz für einen weiteren. Entfernen Sie einen (zum Beispiel „tokendesk-cli trust revoke %1 --id %3“), und führen Sie dies dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>Kein npm publish, das in npm stage publish zu ändern wäre.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>Nichts geschrieben; führen Sie es erneut mit --apply aus, um %n Datei zu schreiben.</numerusform>
            <numerusform>Nichts geschrieben; führen Sie es erneut mit --apply aus, um %n Dateien zu schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>Repository: %1 (aus package.json)</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>Projekt: %1 (aus package.json)</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>Aufruf: tokendesk-cli diagnose &lt;log-file|-&gt;

Liest das Protokoll einer fehlgeschlagenen CI-Veröffentlichung (eine Datei oder - für die
Standardeingabe) und gibt die wahrscheinlichen Ursachen aus, die wahrscheinlichste zuerst,
jeweils mit einer konkreten Lösung.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation>Aufruf: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Findet jedes npm-Token auf diesem Computer (Konfigurationsdateien von npm, Projektordner,
die Umgebung, .yarnrc.yml und CI-Workflows) und prüft jedes gegen das Konto.
Exit-Status 1, wenn ein klassisches, totes oder bald ablaufendes Token verwendet wird.

  --project DIR      auch diesen Projektordner durchsuchen (mehrfach verwendbar)
  --userconfig FILE  diese Benutzerkonfiguration statt ~/.npmrc lesen
  --json             (global) die Ergebnisse als JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>Aufruf: tokendesk-cli run [--token ID] -- &lt;command&gt; [Argumente]

Führt den Befehl mit einem gespeicherten Token in NODE_AUTH_TOKEN und NPM_TOKEN aus,
nur in seiner Umgebung: keine .npmrc-Zeile, nichts in der Befehlszeile.</translation>
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
        <translation>Aufruf: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
       tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
       tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
       tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
       tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
       tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  was der Workflow tun darf
  --auth-type web|legacy  im Browser bestätigen (eine Bestätigung mit Haken bei „skip 2FA
                          for 5 minutes“ deckt --all ab) oder einen Code eingeben
  --otp CODE              das Einmalpasswort
  --dry-run               anzeigen, was getan würde</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>Aufruf: tokendesk-cli whoami

Gibt den Benutzernamen aus, unter dem die Registry Sie kennt.</translation>
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
        <translation>Aufruf: tokendesk-cli stage list [&lt;package&gt;]
       tokendesk-cli stage view &lt;stage-id&gt;
       tokendesk-cli stage download &lt;stage-id&gt;
       tokendesk-cli stage diff &lt;stage-id&gt;
       tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
       tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

Stage-Versionen warten unveröffentlicht, bis ein Maintainer sie mit 2FA freigibt.
list, view und download geben aus, was npm stage ausgibt; list umfasst alle Konten,
die bei der Registry angemeldet sind, die anderen Unterbefehle das zuletzt angemeldete.
diff vergleicht ein Stage-Tarball mit der zuletzt veröffentlichten Version (Dateien,
package.json, Installationsskripte).

  --otp CODE              ein Code für alle Versionen, wiederverwendet, solange er gültig ist
  --auth-type web|legacy  eine Bestätigung im Browser pro Version (Standard) oder ein Code
  --project DIR           in der Abhängigkeitsreihenfolge dieses Workspace freigeben
  --json                  maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>Aufruf: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Jedes Paket, das Sie veröffentlichen können, wie es heute veröffentlicht wird (Trusted
Publisher, Tokens und wo sie verwendet werden, das letzte Release) und ob das den
Januar 2027 übersteht, wenn npm das direkte Veröffentlichen mit Tokens beendet. Für
jedes gefährdete Paket wird der Ausweg ausgegeben. Exit-Status 1, solange ein Paket
gefährdet ist.</translation>
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
        <translation>Aufruf: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
        tokendesk-cli ci status [--project DIR]... [--json]
        tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

Meldet bei einem CI-Dienst an, damit „token rotate“ und „migrate --apply“ dessen
Geheimnisse selbst aktualisieren: das neue Token übertragen, es überprüfen, die
Karenzzeit abwarten und dann das alte widerrufen. Die Anmeldedaten werden im
Schlüsselbund aufbewahrt.

  --with-token    das Token von der Standardeingabe lesen (nie aus einem Argument)
  --from-gh       die Anmeldung der GitHub-CLI übernehmen („gh auth token“)
  (keines davon)  im Browser mit einem Einmalcode anmelden (GitHub, GitLab)
  --host HOST     GitHub Enterprise oder selbstverwaltetes GitLab (Standard: das öffentliche)
  --api-url URL   die API-Basis, wenn sie nicht die übliche des Hosts ist
  --project DIR   status: die CI-Geheimnisse, die die Workflows dieses Projekts lesen</translation>
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
        <translation>Aufruf: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
        tokendesk-cli migrate --confirm ROW|TOKEN
        tokendesk-cli migrate --resume | --rollback

Plant den Umstieg von klassischen und langlebigen Tokens: eine Zeile pro verwendetem Token.

  --apply             die Ersatztokens erstellen, jeden Verweis umschreiben, überprüfen,
                      dann die alten Tokens widerrufen (protokolliert, absturzsicher)
  --no-ci             keine CI-Geheimnisse aktualisieren (stattdessen von Hand bestätigen)
  --grace MINUTES     das alte Token so lange nach der Aktualisierung der CI-Geheimnisse
                      behalten (Standard: 10; 0 erlaubt)
  --choose ROW=ACTION die Aktion einer Zeile ändern, z. B. 2=create-read-only
  --to stage-only     jedes verwendete Token für direktes Veröffentlichen durch ein Token
                      nur für Stage ersetzen (Januar 2027); die anderen Zeilen beibehalten
  --confirm ROW|TOKEN Sie haben ein CI-Geheimnis oder eine Variable aktualisiert: das alte
                      Token widerrufen
  --resume, --rollback einen unterbrochenen Lauf abschließen oder rückgängig machen
  --otp CODE, --password-stdin  der zweite Faktor und das Passwort</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Aufruf: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Meldet sich an und bewahrt die 2-stündige Sitzung im Schlüsselbund auf.

  --auth-type web     im Browser anmelden (Standard)
  --auth-type legacy  Benutzername und Passwort (von der Standardeingabe gelesen)
  --otp CODE          das Einmalpasswort, falls das Konto eines verlangt
  --scope @SCOPE      bei der Registry des Scopes anmelden (@SCOPE:registry in .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Aufruf: tokendesk-cli logout [--scope @SCOPE]

Beendet die Sitzung bei der Registry und entfernt sie aus dem Schlüsselbund.

  --scope @SCOPE      die Registry des Scopes (@SCOPE:registry in .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</source>
        <translation>Aufruf: tokendesk-cli token list|ls [--parseable]
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
        <translation>Aufruf: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

Prüft, wer eine Version veröffentlicht hat (standardmäßig die neueste): die Signatur der
Registry, das Provenance-Bundle sowie Repository, Workflow, Ref und Auslöser in dessen
Zertifikat im Vergleich zu den gespeicherten Vertrauenskonfigurationen des Pakets und
früheren Releases. Exit-Status 1, wenn eine Version verdächtig ist oder die Prüfung fehlschlug.

  --all-versions     jede Version, die älteste zuerst
  --trust-root FILE  zu verwendende Vertrauensdaten anstelle der mitgelieferten Sigstore- und
                     npm-Schlüssel (eine trusted_root.json, etwa /-/sandbox/trusted-root der Sandbox)
  --json             die Prüfungen und Bewertungen als JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

Gibt die IDs der Token im lokalen Cache von TokenDesk aus, eine pro Zeile, für die
Vervollständigung in bash, zsh und fish. Kein Netzwerk, kein Schlüsselbund, kein Geheimnis.</translation>
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
        <translation>Aufruf: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
        tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
        tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
        tokendesk-cli watch exclude|include &lt;package&gt;

Überwacht jedes Paket, in das Ihre angemeldeten Konten schreiben dürfen (und die
angehefteten), auf neue Versionen, verschobene Tags, Markierungen als veraltet und
neue Maintainer, und bewertet jedes Release: wer es veröffentlicht hat (Provenance,
wie „verify“ sie prüft), Installationsskripte und andere Inhaltssignale, gehäufte
Veröffentlichungen über Ihre Pakete hinweg. Der erste Lauf erfasst einen Ausgangsstand
und schlägt für nichts bereits Veröffentlichtes Alarm. Ein Alarm bleibt offen, bis Sie
ihn beantworten. Exit-Status mit --once: 1, solange ein Alarm offen ist, sonst 0; 2,
wenn die Überwachung nicht laufen konnte oder die Befehlszeile falsch ist.

  --once             ein Durchlauf über jedes Paket, dann beenden
  --interval MIN     Minuten zwischen zwei Abrufen eines Pakets (5 bis 1440; Standard: 10)
  --trust-root FILE  Vertrauensdaten statt der mitgelieferten Sigstore- und npm-Schlüssel
  --json             die Releases mit Stufe, Gründen, Codes und Veröffentlicher als JSON
  ack                „das war ich“: schließt die Alarme dieser Version
  expect --for MIN   eine manuelle Veröffentlichung des Pakets in den nächsten MIN Minuten
                     (Standard: 60) ist kein Alarm
  exclude / include  die Releases des Pakets nicht mehr bewerten (nie ein Alarm) oder
                     wieder bewerten; wird gespeichert</translation>
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
        <translation>Aufruf: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                               [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                               [--trust-root FILE]
        tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

Reagiert auf ein kompromittiertes Release. Liest jedes Paket, Ihre Tokens und die schlechten
Versionen (--bad, sonst die offenen Alarme der Veröffentlichungsüberwachung), gibt den Plan
aus, prüft dann diesen Computer auf einen Persistenzmechanismus eines Wurms (einen
Wächterprozess, der Ihren persönlichen Ordner löscht, wenn das gestohlene Token ungültig
wird) und führt, falls keiner gefunden wird, jeden zutreffenden Schritt mit einer einzigen
2FA-Bestätigung aus: require-2fa, revoke-trust, revoke-tokens, remove-maintainers,
reject-staged, move-tags, deprecate (unpublish wird nur erklärt). Schreibt einen
Vorfallbericht. Exit-Status: 0 alle Schritte erledigt, 1 ein Schritt fehlgeschlagen (--resume
wiederholt ihn), 2 falscher Aufruf oder Fakten, die nicht gelesen werden
konnten, 3 Persistenz gefunden (nichts geändert).

  --dry-run          den Plan ausgeben und nichts ändern
  --resume           die neueste nicht abgeschlossene Notfallsperre (dieses Programms oder
                     der Desktop-App) ab ihrem ersten nicht erledigten Schritt fortsetzen
  --otp CODE         ein Einmalcode, wiederverwendet, solange die Registry ihn annimmt
  --skip STEP        einen Schritt auslassen (die IDs oben); wiederholbar
  --bad VERSION      eine schlechte Version (wiederholbar); Standard: die offenen Alarme der Überwachung
  --keep-ci-tokens   die Tokens behalten, deren Gebrauch in Ihrer eigenen CI TokenDesk nachgewiesen hat
  --report FILE      Ziel des Vorfallberichts (Standard: lockdown-&lt;time&gt;.md
                     im aktuellen Ordner)
  --trust-root FILE  Vertrauensdaten, wie bei watch und verify</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>prüfen, wer jede Version veröffentlicht hat: Signatur, Provenance und Identität des Veröffentlichers</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify: jeweils ein Paket („%1“ ist überzählig)</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify benötigt ein Paket, zum Beispiel: tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify: geben Sie eine Version oder --all-versions an, nicht beides</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify: die Vertrauensdaten %1 können nicht gelesen werden (eine trusted_root.json-Datei von höchstens 4 MiB)</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>Keine Vertrauenskonfigurationen von %1 gespeichert: Der Veröffentlicher wird nur mit früheren Releases verglichen.</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>die Veröffentlichungen Ihrer Pakete überwachen und Alarm schlagen, wenn Ihr Veröffentlichungsweg sie nicht erstellt hat</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval braucht eine Anzahl Minuten von 5 bis 1440 (die Registry speichert Paketdokumente 5 Minuten zwischen)</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch: Vertrauensdaten %1 können nicht gelesen werden (eine trusted_root.json-Datei von höchstens 4 MiB)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n Paket überwacht</numerusform>
            <numerusform>%n Pakete überwacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack braucht genau eine Version, zum Beispiel: tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2: als Ihre markiert; %n offener Alarm verbleibt.</numerusform>
            <numerusform>%1@%2: als Ihre markiert; %n offene Alarme verbleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect braucht genau ein Paket, zum Beispiel: tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for braucht eine Anzahl Minuten von 1 bis 1440</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>Eine manuelle Veröffentlichung von %1 bis %2 löst keinen Alarm aus.</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>neue Version</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>neue Version von %1</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>Tag %1 von %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>als veraltet markiert</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>Version entfernt</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>Maintainer %1 hinzugefügt</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>Maintainer %1 entfernt</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>als Stage bereitgestellt von %1, der das zuvor nie getan hat</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch: unbekannter Unterbefehl „%1“ (ack, expect, exclude, include oder keiner)</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude braucht genau ein Paket, zum Beispiel: tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include braucht genau ein Paket, zum Beispiel: tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 ist von der Überwachung ausgenommen: Seine Releases werden angezeigt, aber nie bewertet und lösen keinen Alarm aus.</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 wird wieder überwacht.</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>den Benutzernamen anzeigen, unter dem die Registry Sie kennt</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami erwartet keine Argumente</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>das Attestierungsdokument ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>das Attestierungsdokument ist kein JSON</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>im Attestierungsdokument fehlt ein Teil oder ist unlesbar (%1)</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>das Attestierungsdokument enthält einen Teil eines unerwarteten Typs</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>lässt sich mit den Vertrauensdaten dieses TokenDesk nicht verifizieren (TokenDesk aktualisieren)</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1: Das Statement betrifft „%2“ (%3), nicht %4: Es gehört zu einem anderen Paket oder einer anderen Version.</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1: Das Statement nennt %2.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1: Der sha512 des Statements ist nicht die dist.integrity der Version: Es bürgt für andere Inhalte.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1: Der sha512 des Statements entspricht der dist.integrity der Version.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1: Die Signatur des Umschlags ist gültig.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1: Die Signatur des Umschlags ist ungültig: Sein Statement wurde nach dem Signieren geändert, oder ein anderer Schlüssel hat ihn signiert.</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1: Das Bundle hat keinen Eintrag im Transparenzprotokoll, daher lassen sich weder sein Zeitpunkt noch seine Veröffentlichung prüfen.</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>Veröffentlichungs-Attestierung</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>Veröffentlichungs-Attestierung: Der Registry-Schlüssel %1 ist unbekannt; die Attestierung %2.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>Veröffentlichungs-Attestierung: signiert mit dem Registry-Schlüssel %1, der am %2 abgelaufen ist, bevor die Attestierung protokolliert wurde.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>Veröffentlichungs-Attestierung: signiert mit dem Registry-Schlüssel %1.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>Provenance: Das Bundle enthält kein Signaturzertifikat.</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>Die Attestierungen von %1@%2 konnten nicht verifiziert werden: %3.</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>Die dist.integrity der Version hat keinen sha512, daher lässt sich keine Attestierung ihrem Inhalt zuordnen.</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>Das Bundle-Format „%1“ ist neuer, als dieses TokenDesk lesen kann; es %2.</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>Für %1 gibt es keine npm-Veröffentlichungs-Attestierung.</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>Für %1 gibt es keine Provenance: Wer es gebaut hat, lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>Provenance: Das Signaturzertifikat kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>Provenance: Das Signaturzertifikat wurde von der Sigstore-Zertifizierungsstelle %1 ausgestellt und war zum Protokollzeitpunkt %2 gültig.</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>keine zu diesem Zeitpunkt gültige Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>Provenance: Das Signaturzertifikat gibt eine Sigstore-Zertifizierungsstelle an, führt aber zum Protokollzeitpunkt %1 nicht zu ihr (%2).</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>Provenance: Die Zertifizierungsstelle des Signaturzertifikats ist unbekannt; das Zertifikat %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>Provenance: Das Zertifikat dient der Codesignatur.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>Provenance: Das Zertifikat ist kein Codesignaturzertifikat.</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>SCT nicht geprüft: kein Certificate-Transparency-Protokoll in diesen Vertrauensdaten.</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>Provenance: Das Zertifikat enthält keinen Certificate-Transparency-Zeitstempel (SCT); die Zertifizierungsstelle von Sigstore bettet immer einen ein.</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>Provenance: Das Zertifikat wurde im Certificate-Transparency-Protokoll %1 protokolliert.</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>Provenance: Der Transparenz-Zeitstempel (SCT) des Zertifikats lässt sich mit dem Protokoll, das er nennt, nicht verifizieren.</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>Provenance: Das Certificate-Transparency-Protokoll des Zeitstempels des Zertifikats ist unbekannt; es %1.</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1: Das Transparenzprotokoll %2 ist unbekannt; der Eintrag %3.</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1: Der Protokolleintrag (%2 %3) hat keinen signierten Eintragszeitstempel, den diese Version lesen kann; er %4.</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1: Der Protokolleintrag gibt einen Zeitpunkt (%2) außerhalb des Zeitraums an, in dem der Schlüssel des Protokolls gültig war.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1: Der signierte Eintragszeitstempel des Protokolls ist ungültig: Der Eintrag, sein Zeitpunkt oder sein Index wurde geändert.</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1: protokolliert in %2 am %3 (Eintrag %4), vom Protokoll signiert.</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1: Der Protokolleintrag beschreibt nicht diesen Umschlag (sein Payload-Hash, seine Signatur oder sein Signierer weichen ab): Er wurde für etwas anderes protokolliert.</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1: Der Protokolleintrag verzeichnet Payload, Signatur und Signierer dieses Umschlags.</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1: Dieses ältere Bundle enthält keinen Inklusionsnachweis; der signierte Eintragszeitstempel des Protokolls bürgt für den Eintrag.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1: Der Merkle-Inklusionsnachweis führt nicht vom Eintrag zum Root-Hash des Protokolls.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1: Der Merkle-Inklusionsnachweis verortet den Eintrag in einem Protokoll mit %2 Einträgen.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1: Der signierte Checkpoint des Protokolls ist ungültig oder nennt einen anderen Baum als der Inklusionsnachweis.</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1: Das Protokoll hat den Checkpoint dieses Baums signiert.</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>Verifizierung nicht möglich: Das Provenance-Zertifikat ist leer oder größer, als TokenDesk akzeptiert.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>Verifizierung nicht möglich: Das Provenance-Zertifikat ist kein gültiges DER. Die Daten der Registry sind möglicherweise beschädigt; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>Verifizierung nicht möglich: Die Erweiterung %1 des Provenance-Zertifikats ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>Verifizierung nicht möglich: Das Provenance-Zertifikat nennt keinen Aussteller und sagt daher nichts darüber, wer veröffentlicht hat.</translation>
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
        <translation>%1 hat noch kein Release, das geprüft werden kann.</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Veröffentlichen Sie zuerst eine Version.</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>Verifizierung nicht möglich: Das Paketdokument ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>Verifizierung nicht möglich: Das Paketdokument der Registry ist kein gültiges JSON. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>Verifizierung nicht möglich: Das Paketdokument der Registry führt keine Versionen auf.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>Verifizierung nicht möglich: Das Paketdokument der Registry ist tiefer als %1 Ebenen verschachtelt, was bei keinem npm-Dokument vorkommt.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>Verifizierung nicht möglich: Das Paketdokument der Registry hat keinen Namen.</translation>
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
        <translation>Provenance verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>verdächtig</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>Veröffentlicht von %1 aus %2, %3 auf %4</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>Veröffentlicht als Stage-Release, freigegeben von %1, ohne Provenance</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>Veröffentlicht von einem Trusted Publisher, ohne Provenance</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Veröffentlicht von %1 mit einem Token, ohne Provenance</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>als von einem Maintainer freigegebenes Stage-Release</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>über einen Trusted Publisher</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>mit Provenance</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>mit einem Token und ohne Provenance</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>other refs</source>
        <translation>andere Refs</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>Veröffentlicht %1, aber die frühere Version %2 wurde %3 veröffentlicht: eine Herabstufung des Vertrauens.</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>Aus dem Repository mit der ID %1 gebaut, frühere Releases stammten aber von der ID %2: Das Repository wurde gelöscht und neu erstellt, oder ein anderes hat seinen Namen übernommen.</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>Der Eigentümer des Repositorys hat die ID %1, frühere Releases hatten aber die Eigentümer-ID %2.</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>Aus %1 gebaut, frühere Releases wurden aber aus %2 gebaut.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>Vom Workflow %1 gebaut, frühere Releases wurden aber von %2 gebaut.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>Der Workflow wurde durch %1 ausgelöst, ein Ereignis, das auch jemand ohne Schreibzugriff verursachen kann; Releases werden nicht so gebaut.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>Der Workflow wurde durch %1 ausgelöst, frühere Releases aber durch %2.</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>Genauso gebaut wie %n früheres Release mit Provenance.</numerusform>
            <numerusform>Genauso gebaut wie die %n früheren Releases mit Provenance.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>TokenDesk hat keine Vertrauenskonfigurationen dieses Pakets gespeichert, daher wurde der Veröffentlicher nur mit früheren Releases verglichen.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>Über einen Trusted Publisher veröffentlicht, aber ohne Provenance: Repository und Workflow lassen sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>Von %1 mit einem Token veröffentlicht, nicht über den Trusted Publisher des Pakets.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
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
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>Die Provenance wurde für %1 ausgestellt, aber der Trusted Publisher %2 erwartet %3.</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>Aus dem Repository %1 gebaut, aber der Trusted Publisher %2 nennt %3.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>Vom Workflow %1 gebaut, aber der Trusted Publisher %2 nennt %3.</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>In der Umgebung %1 gebaut, aber der Trusted Publisher %2 verlangt %3.</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>Auf einem %1-Runner gebaut; der Trusted Publisher %2 veröffentlicht nur von GitHub-gehosteten Runnern.</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>Der Veröffentlicher entspricht dem Trusted Publisher %1.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>Über einen Trusted Publisher veröffentlicht, aber die Provenance ließ sich nicht verifizieren: Repository und Workflow lassen sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>Auf einem %1-Runner gebaut, nicht auf einem vom CI-Dienst gehosteten: Wer diesen Computer kontrolliert, hätte das Paket verändern können.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>Die Schlüsselliste der Registry ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>Die Schlüsselliste der Registry ist nicht das erwartete JSON ({&quot;keys&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>Schlüssel %1 wurde ignoriert: Sein Ablaufdatum kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>Schlüssel %1 wurde ignoriert: TokenDesk kennt den Schlüsseltyp „%2“ nicht.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>Schlüssel %1 wurde ignoriert: Sein Schlüsselmaterial passt nicht zu seiner keyid.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>Das Versionsdokument ist nicht das angeforderte: Sein %1 ist „%2“, erwartet „%3“. Eine Signatur darin zählt nicht (sie könnte aus einem anderen Paket wiederverwendet sein).</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>Das Versionsdokument von %1 ist kein JSON-Objekt und kann daher nicht das sein, das die Registry signiert hat.</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 trägt keine Registry-Signatur, daher lässt sich nicht prüfen, ob die Registry diese Inhalte veröffentlicht hat.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>Die Registry-Signatur von %1 verwendet den Schlüssel %2, der abläuft; ohne den Veröffentlichungszeitpunkt kann TokenDesk nicht feststellen, ob er bei der Veröffentlichung der Version gültig war.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>Die Registry-Signatur von %1 verwendet den Schlüssel %2, der am %3 abgelaufen ist, spätestens zur Veröffentlichung der Version (%4).</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>Die Registry hat %1 mit ihrem Schlüssel %2 signiert.</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>Die Registry-Signatur von %1 passt nicht zu Name, Version und Integrität: Das Versionsdokument wurde nach dem Signieren durch die Registry geändert, oder die Signatur gehört zu einem anderen Paket.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>Die Registry-Signatur von %1 verwendet den Schlüssel %2, der sich mit den Vertrauensdaten dieses TokenDesk nicht verifizieren lässt (TokenDesk aktualisieren).</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>Die Vertrauensdatendatei ist größer als 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>Die Vertrauensdaten sind kein JSON. Verwenden Sie eine trusted_root.json von Sigstore oder die Datei, die die Sandbox unter /-/sandbox/trusted-root bereitstellt.</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>Die Vertrauensdaten sind kein Trusted Root von Sigstore (ihr mediaType ist „%1“).</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>Die Vertrauensdatendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 hat in dieser Registry keine Version %2.</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(neueste)</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>Prüfen Sie die Version mit „npm view %1 versions“.</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>Keine Provenance: Nichts Signiertes gibt an, welches Repository oder welcher Workflow diese Version gebaut hat.</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>Die Attestierungen konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>Verifizierung nicht möglich: Die Attestierungen sind größer als 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>Die Vertrauensdaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>Geben Sie eine trusted_root.json-Datei an, etwa /-/sandbox/trusted-root der Sandbox.</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>Eine npmjs-kompatible Registry auf 127.0.0.1 zum Üben und Testen.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>TCP-Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>Zustand über Neustarts hinweg in dieser Datei behalten (atomare Schreibvorgänge).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox: ungültiger --port</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>Durchzusetzende Regeln: current, 2025-10 (klassische Tokens erlaubt) oder 2027-01 (Tokens, die 2FA umgehen, können nicht mehr direkt veröffentlichen, nur als Stage bereitstellen).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox: --era muss current, 2025-10 oder 2027-01 sein</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>Ausgangsdaten: demo, watch, empty oder eine JSON-Datei.</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>Einmalcode (Authenticator-App oder E-Mail)</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>Melden Sie sich an, um die Anmeldung über die Befehlszeile abzuschließen.</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>Den Befehl „%1“ für %2 bestätigen.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>Diese Anfrage existiert nicht, ist abgelaufen oder wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>Wir haben Ihnen einen Code per E-Mail gesendet (siehe GET /-/sandbox/outbox).</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>Die Anfrage wurde abgelehnt. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>Geben Sie den Code ein, den wir Ihnen per E-Mail gesendet haben.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Dieser Code ist ungültig.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>Bestätigt. Kehren Sie zu Ihrem Terminal zurück.</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>Zwei-Faktor-Authentifizierung für die nächsten 5 Minuten überspringen</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>Das Paketdokument von %1 in der Registry ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>Die Überwachung versucht es erneut, wenn das Paket das nächste Mal an der Reihe ist.</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>Die Registry verweigert die Anzeige von %1 auch mit Ihrem Lese-Token.</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 ist nicht öffentlich; zur Überwachung ist ein Lese-Token im Schlüsselbund nötig.</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>Die entpackte Größe stieg sprunghaft von %1 in %2 auf %3.</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>Die Anzahl der Dateien stieg sprunghaft von %1 in %2 auf %3.</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>Fügt ein %1-Skript hinzu: „%2“ (%3 hatte keines).</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>Ändert das %1-Skript von „%2“ in %3 zu „%4“.</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>Hängt von %1 aus %2 ab, nicht aus der Registry.</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>Fügt die optionale Abhängigkeit %1 (%2) hinzu; %3 hatte keine dieses Namens.</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>Fügt den Befehl %1 (%2) hinzu.</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>Lässt den Befehl %1 auf %2 statt auf %3 zeigen.</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>Baut bei der Installation nativen Code aus einer binding.gyp (node-gyp führt sie ohne Installationsskript aus); %1 tat das nicht.</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>Das erste Release seit %n Tag: das vorherige, %1, wurde am %2 veröffentlicht.</numerusform>
            <numerusform>Das erste Release seit %n Tagen: das vorherige, %1, wurde am %2 veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>Das Tag %1 wurde entfernt; es zeigte auf %2.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>Das Tag %1 wurde von %2 zurück auf %3 verschoben, eine ältere Hauptversion.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>Das Tag %1 wurde von %2 zurück auf die ältere %3 verschoben.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>Das Tag %1 wurde von %2 auf eine andere Hauptversion verschoben, %3.</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>Die Stage-Versionen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>Der Speicher der Veröffentlichungsüberwachung (%1) ist %2 groß, weit größer als möglich; er wurde beiseitegelegt, und die Überwachung beginnt neu mit dem, was die Registry jetzt zeigt.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>Der Speicher der Veröffentlichungsüberwachung (%1) konnte nicht gelesen werden: %2 Die Überwachung beginnt neu mit dem, was die Registry jetzt zeigt.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>Der Speicher der Veröffentlichungsüberwachung (%1) ist beschädigt; er wurde beiseitegelegt, und die Überwachung beginnt neu mit dem, was die Registry jetzt zeigt, ohne Alarme für bereits veröffentlichte Versionen.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>neue Version</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>Tag %1 hinzugefügt</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>Tag %1 entfernt</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 von %2 verschoben</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>als veraltet markiert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>Veröffentlichung zurückgezogen</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>Maintainer %1 hinzugefügt</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>Maintainer %1 entfernt</translation>
    </message>
    <message>
        <source>staged by %1</source>
        <translation>als Stage bereitgestellt von %1</translation>
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
        <translation>%1 · von %2</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1 (Verlauf)</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1 (beantwortet)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>Veröffentlichungsweg und Identität</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchService</name>
    <message>
        <source>The list of recent releases %1 could not be read (%2); it starts empty.</source>
        <translation>Die Liste der letzten Releases %1 konnte nicht gelesen werden (%2); sie beginnt leer.</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>Die Liste der letzten Releases %1 ist beschädigt; sie beginnt leer.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>Nichts zu überwachen: Kein Konto ist angemeldet und kein Paket angeheftet. Melden Sie sich zuerst mit &apos;tokendesk-cli login&apos; oder in TokenDesk an.</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>Die Überwachung hat %1@%2 nicht gesehen.</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>Prüfen Sie Name und Version mit &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>Die Überwachung kennt %1 noch nicht.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>Führen Sie zuerst &apos;tokendesk-cli watch --once&apos; aus.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>Die Pakete von %1 auf %2 konnten nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Veröffentlicht von %1 mit einem Token, ohne Provenance</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>Veröffentlicht von %1 mit Provenance, aber nicht über einen Trusted Publisher</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>Veröffentlicht über einen Trusted Publisher, ohne Freigabe durch einen Maintainer</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>Veröffentlicht als freigegebenes Stage-Release</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>frühere Releases hatten Provenance von %1, %2 %3 (zuletzt: %4)</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>frühere Releases kamen von %1, %2 %3 (zuletzt: %4)</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>frühere Releases wurden als Stage bereitgestellt und von %1 freigegeben (zuletzt: %2)</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>frühere Releases kamen über einen Trusted Publisher (zuletzt: %1)</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>frühere Releases hatten Provenance (zuletzt: %1)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>Version %1 wurde als veraltet markiert: „%2“.</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>Version %1 wurde aus der Registry entfernt.</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 wurde als Maintainer von %2 hinzugefügt; die Maintainer waren %3.</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 ist kein Maintainer von %2 mehr; die Maintainer sind %3.</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>Version %1 wurde von %2 als Stage bereitgestellt, der noch nie eine Version von %3 bereitgestellt hat (bisher: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>%n Paket dieses Kontos wurde innerhalb von %1 Minuten veröffentlicht (%2 bis %3): %4.</numerusform>
            <numerusform>%n Pakete dieses Kontos wurden innerhalb von %1 Minuten veröffentlicht (%2 bis %3): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>auffällig</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>Nicht bewertet: Sie haben %1 von der Überwachung ausgenommen.</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>Wer %1 veröffentlicht hat, konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>Sie haben eine manuelle Veröffentlichung von %1 bis %2 angekündigt.</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>Beim ersten Durchlauf über den Verlauf von %1 gesehen: Teil des Ausgangsstands, angezeigt, aber nicht bewertet.</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>Sie haben bestätigt, dass %1 von Ihnen stammt.</translation>
    </message>
</context>
</TS>
