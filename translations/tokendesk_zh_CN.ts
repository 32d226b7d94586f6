<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Application</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your npm account to see its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve in my &amp;browser (security key or passkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn npmAuthToken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yarn npmAuthIdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DesktopNotifications</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DiagnosePage</name>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in · add an account to see its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationJournal</name>
    <message>
        <source>The migration journal %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bypass two-factor authentication when publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows · %3 chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>The migration has no row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; copied; the clipboard is cleared in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read and write, bypassing 2FA, for %n days: a CI job cannot answer a 2FA prompt, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all. npm plans to end direct publishing with bypass-2FA tokens in January 2027.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can write to every package of this account, and to new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypasses 2FA: whoever holds this token can publish without a second factor. npm plans to end direct publishing with such tokens in January 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrayController</name>
    <message>
        <source>TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open TokenDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab CI/CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli [--registry URL] [--timeout SECONDS] [--json] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry to talk to (default https://registry.npmjs.org/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: unknown option &apos;%1&apos;; put the command after &apos;--&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token create: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--otp needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token revoke: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all) and check &lt;folder&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow / CI file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub owner/repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab project path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow staged publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI pipeline definition id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI VCS origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI context id (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration id (revoke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web (approve in the browser, the default) or legacy (type a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every publishable package of the repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what would be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one workflow (or none): say which with --file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher; npm allows one per package. See &apos;tokendesk-cli trust list %1&apos;, remove it with &apos;trust revoke&apos;, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2); npm allows one per package. Remove it with &apos;tokendesk-cli trust revoke %1 --id %3&apos;, then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout

Ends the session on the registry and removes it from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Plans the move off classic and long-lived tokens: one row per token in use.

  --apply             create the replacements, rewrite every reference, verify,
                      then revoke the old tokens (journaled, crash-safe)
  --choose ROW=ACTION change a row&apos;s action, e.g. 2=create-read-only
  --confirm ROW|TOKEN you updated a CI secret or variable: revoke the old token
  --resume, --rollback finish or undo an interrupted run
  --otp CODE, --password-stdin  the second factor and the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin
       tokendesk-cli token revoke &lt;id|prefix&gt; [--otp CODE]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: demo, empty, or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules to enforce: current, or 2025-10 (classic tokens allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current or 2025-10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
