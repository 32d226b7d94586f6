<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>Gérer les jetons d&apos;accès npm.</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>Registre proposé en premier lors de la connexion (par exemple le bac à sable).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Démarrer dans la zone de notification sans afficher la fenêtre.</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 Un second lancement ouvrira une autre fenêtre.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#x202f;; lancez TokenDesk dans une session de bureau, ou utilisez tokendesk-cli.</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>À propos de TokenDesk</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>Garde un œil sur vos jetons d&apos;accès npm&#xa0;: expiration, renouvellement et publication de confiance.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou ultérieure. Aucune garantie.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>session terminée</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>la session se termine dans %1 min</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>la session se termine dans %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>%1 n&apos;a pas été déconnecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>Déconnecté de %1. La liste de jetons en cache est conservée&#x202f;; reconnectez-vous pour gérer les jetons.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>Retirer %1 de TokenDesk&#x202f;?</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>TokenDesk se déconnecte, puis oublie le compte et sa liste de jetons en cache sur cet ordinateur. Les jetons restent sur npm et leurs secrets restent dans votre trousseau&#x202f;; révoquez-les sur npm si vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Retirer le compte</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>%1 a été retiré de TokenDesk.</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>L&apos;expiration du jeton de %1 n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>Connectez-vous à votre compte npm pour voir ses jetons, ou essayez d&apos;abord TokenDesk sur un registre d&apos;essai avec des jetons de démonstration.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Votre session est terminée.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Vous vous êtes déconnecté.</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>ce registre n&apos;indique pas d&apos;expiration</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 sur %2
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>Registre d&apos;essai (local, pas npm)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%1 sur %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>La liste des comptes %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>Déplacez le fichier ailleurs et reconnectez-vous.</translation>
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
        <translation>Votre session est terminée.</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 Connectez-vous en tant que %2 pour actualiser la liste et gérer les jetons&#x202f;; en attendant, la liste en cache continue son décompte.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>Connectez-vous à un compte npm pour migrer ses jetons.</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 est en attente de votre approbation</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. La documentation se trouve à l&apos;adresse %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>npm demande votre mot de passe et un second facteur pour créer un jeton. TokenDesk n&apos;enregistre jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>Mot de passe du compte npm</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>Code de mon &amp;application d&apos;authentification</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>Utiliser un code d&apos;une application d&apos;authentification</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>Approuver dans le navigateur</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Ne plus attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>Ne plus attendre l&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>npm demande un code à usage unique&#xa0;: saisissez le code de votre application d&apos;authentification et cliquez sur «&#xa0;Créer le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>Approuvez la demande dans votre navigateur. Si aucun navigateur ne s&apos;est ouvert, rendez-vous sur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Création du jeton…</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>Le jeton a été créé.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>La réponse du registre a été perdue. Pour révoquer le jeton «&#xa0;%1&#xa0;», dont le secret n&apos;est jamais arrivé, npm demande un code à usage unique&#xa0;: saisissez un nouveau code et cliquez sur «&#xa0;Créer le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>La réponse du registre a été perdue. Vérification de la création du jeton «&#xa0;%1&#xa0;», afin de le révoquer…</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>Approuver dans mon &amp;navigateur (clé de sécurité ou clé d&apos;accès)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur et approuvez-y la demande&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>Un mot de passe à usage unique est nécessaire.</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>Créé&#x202f;; il expire dans un jour.</translation>
    </message>
    <message>
        <source>Published: %1.</source>
        <translation>Publié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Publishing %1 (%2 of %3)…</source>
        <translation>Publication de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>npm publish of %1 asks for a one-time password.</source>
        <translation>npm publish pour %1 demande un mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>npm publish a besoin ici d&apos;un mot de passe à usage unique. Si vous approuvez uniquement avec une clé de sécurité, choisissez «&#xa0;Je publierai une fois à la main&#xa0;»&#xa0;: npm publish dans un terminal ouvre le navigateur pour vous.</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>Impossible de lancer npm&#x202f;; Node.js est-il installé&#x202f;?</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>Échec de npm publish pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>Configuré et vérifié pour %1.</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>Aucun jeton n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>Échec de la révocation (%1). Révoquez maintenant le jeton «&#xa0;%2&#xa0;» sur la page «&#xa0;Access Tokens&#xa0;» du registre.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Révoqué.</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 publié, publication de confiance configurée, jeton révoqué.</translation>
    </message>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>Impossible de demander ici un mot de passe à usage unique.</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>Le job «&#xa0;%1&#xa0;» ne choisit pas de version de Node&#x202f;; il reçoit donc celle par défaut de l&apos;exécuteur, qui peut être antérieure à Node %2, requis par la publication de confiance.</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>Installez Node 24 explicitement (par exemple actions/setup-node avec node-version: 24).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>Le job «&#xa0;%1&#xa0;» utilise Node %2&#x202f;; la publication de confiance nécessite Node %3 ou plus récent.</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>Utilisez Node 24 pour le job de publication.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>Le job «&#xa0;%1&#xa0;» installe npm %2&#x202f;; la publication de confiance nécessite npm %3 ou plus récent.</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>Installez un npm récent avant de publier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie avec le npm fourni avec sa version de Node (%2), qui peut être antérieur à npm %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>Ajoutez une étape avant la publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie avec le npm fourni avec sa version de Node, antérieur à npm %2 (Node 20 et 22 fournissent npm 10).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie avec Yarn, qui n&apos;effectue pas l&apos;échange OIDC de npm&#x202f;; la publication échoue avec «&#xa0;No authentication configured&#xa0;».</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>Construisez l&apos;archive avec Yarn si vous le souhaitez (yarn pack), mais publiez-la avec npm&#xa0;: npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie avec pnpm. Seules les versions de pnpm qui prennent en charge la publication de confiance effectuent l&apos;échange OIDC (pnpm/pnpm#9812)&#x202f;; les plus anciennes se rabattent sur un jeton et échouent avec E404 ou ENEEDAUTH.</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>Utilisez une version de pnpm qui prend en charge la publication de confiance, ou publiez l&apos;archive empaquetée avec npm publish.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie avec %2&#x202f;; la publication de confiance nécessite %3 ou plus récent.</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>Vérifiez que la version utilisée est au moins %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>Le job «&#xa0;%1&#xa0;» exécute %2 %3, qui ne prend pas en charge la publication de confiance&#x202f;; %4 ou plus récent est nécessaire.</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>Passez à %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>Le job «&#xa0;%1&#xa0;» s&apos;exécute sur «&#xa0;%2&#xa0;». npm n&apos;accepte la publication de confiance que depuis des exécuteurs cloud (hébergés par GitHub, partagés de GitLab.com, CircleCI cloud)&#x202f;; la provenance échoue avec E422 et l&apos;échange OIDC est refusé.</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>Déplacez uniquement le job de publication vers un exécuteur hébergé dans le cloud (par exemple runs-on: ubuntu-latest).</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 transmet encore un jeton npm de longue durée au job «&#xa0;%2&#xa0;». Lorsqu&apos;un jeton est configuré, npm l&apos;utilise à la place de la publication de confiance, et ce jeton finira par expirer ou ne plus pouvoir publier.</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>Retirez %1 du job de publication, puis supprimez le secret une fois qu&apos;une version a été publiée par publication de confiance.</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>Non connecté à %1 pour %2&#xa0;: tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>Cette version ne peut pas encore mettre à jour les secrets %1.</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>Un jeton à granularité fine avec «&#xa0;Secrets: read and write&#xa0;» (et «&#xa0;Environments&#xa0;» pour les secrets d&apos;environnement), ou un jeton classique avec «&#xa0;repo&#xa0;» («&#xa0;admin:org&#xa0;» pour les secrets d&apos;organisation).</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>Un jeton d&apos;accès personnel avec le scope «&#xa0;api&#xa0;»&#x202f;; il vous faut le rôle Maintainer sur les projets (Owner sur les groupes).</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>Un jeton d&apos;API personnel (CircleCI → User Settings → Personal API Tokens)&#x202f;; les jetons de projet ne fonctionnent pas.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>TokenDesk utilise cette connexion pour placer les jetons npm renouvelés dans vos secrets %1. Elle est conservée dans votre trousseau.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>Se connecter avec le &amp;navigateur (un code à usage unique)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>Utiliser la connexion de la C&amp;LI GitHub (gh auth token)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>Ses scopes habituels couvrent les secrets de dépôt et d&apos;environnement&#x202f;; pour les secrets d&apos;organisation, lancez d&apos;abord «&#xa0;gh auth refresh -s admin:org&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>Co&amp;ller un jeton</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>Jeton %1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>Saisissez ce code sur la page qui s&apos;ouvre&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;ier le code</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>&amp;Hôte de vos dépôts&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Ouvrir %1</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>Connecté&#xa0;: %1 en tant que %2&#xa0;sur %3.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>Vérifiez que vous avez collé le jeton en entier, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>Recommencez et choisissez «&#xa0;Authorize&#xa0;» si vous vouliez vous connecter.</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>Recommencez pour obtenir un nouveau code.</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>Collez d&apos;abord le jeton %1.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>La CLI GitHub n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>Demande de sa connexion à la CLI GitHub…</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 ne propose pas ici de connexion par le navigateur&#xa0;: collez plutôt un jeton.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à %1…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>En attente de la saisie du code sur %1…</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>Vérification du propriétaire des identifiants…</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>TokenDesk ne peut pas encore communiquer avec %1&#xa0;: cette version n&apos;a pas de client pour ce service.</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>Enregistrement des identifiants dans votre trousseau…</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>La liste des connexions CI %1 est endommagée&#x202f;; supprimez-la et reconnectez-vous avec «&#xa0;tokendesk-cli ci login&#xa0;».</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>Le trousseau n&apos;a pas accepté les identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>La connexion %1 n&apos;est plus dans le trousseau&#x202f;; reconnectez-vous&#xa0;: tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>Utilisez %1 --from-gh (la connexion de la CLI GitHub) ou --with-token (un jeton collé).</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>Utilisez %1 --with-token (un jeton collé).</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>Cette version n&apos;a pas d&apos;application OAuth GitHub, elle ne peut donc pas se connecter à GitHub dans le navigateur.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>La réponse de %1 à la demande de connexion n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API&#x202f;; si elle est correcte, réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>La réponse de %1 concernant la connexion n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>Relancez %1.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>Le code de connexion a expiré avant d&apos;être approuvé sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>Relancez %1 et approuvez le nouveau code dans un délai de %n minute.</numerusform>
            <numerusform>Relancez %1 et approuvez le nouveau code dans un délai de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>La connexion a été refusée sur %1.</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>Relancez %1 et choisissez «&#xa0;Authorize&#xa0;» si vous vouliez vous connecter.</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 a désactivé la connexion par appareil pour l&apos;application de TokenDesk.</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 ne connaît pas l&apos;application OAuth de cette version (%2).</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 a mis fin à la connexion avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 a mis fin à la connexion avec «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
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
        <translation>%1 en lecture et écriture</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1 en lecture seule</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>Le jeton GitHub n&apos;a pas l&apos;autorisation %1&#x202f;; accordez-la (jeton à granularité fine&#xa0;: %2) ou relancez %3.</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>Un jeton classique nécessite le scope repo (et aussi admin:org pour les secrets d&apos;organisation).</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>La connexion GitHub n&apos;a pas le scope %1.</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>Lancez gh auth refresh -s %1&#xa0;si elle provient de la CLI GitHub, ou relancez %2.</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>GitHub a refusé la requête (403 Forbidden).</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>GitHub a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>Vérifiez que le jeton peut y écrire des secrets Actions, ou relancez %1.</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>Accordez %1, ou relancez %2.</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>TokenDesk n&apos;a pas d&apos;accès réseau configuré pour %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 n&apos;a pas accepté la connexion (elle a expiré ou a été révoquée).</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Reconnectez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 a refusé la requête (403 Forbidden).</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>Vérifiez les autorisations des identifiants, ou relancez %1.</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%1&#xa0;sur %2 n&apos;a rien trouvé à cette adresse.</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%1&#xa0;sur %2 ne connaît pas %3, ou les identifiants n&apos;y ont pas accès.</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>Vérifiez le nom, et que le compte connecté y a accès (%1 indique qui est connecté).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 a refusé la requête comme non valide (%2).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 a refusé la requête comme non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, signalez-le avec ce message.</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 limite les requêtes de ce compte.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Patientez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 a signalé un conflit.</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 a signalé un conflit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%1&#xa0;sur %2 a échoué avec HTTP %3.</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>Réessayez plus tard&#x202f;; le service rencontre peut-être des difficultés.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>Aucune cause connue trouvée dans ce journal. Relancez la publication avec --loglevel verbose et collez le journal complet&#xa0;: npm n&apos;affiche les détails de la publication de confiance qu&apos;à ce niveau.</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>La bibliothèque de chiffrement (libsodium) n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>Réinstallez TokenDesk&#x202f;; si le problème persiste, signalez-le.</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>La clé publique de GitHub pour ce magasin de secrets n&apos;est pas une clé de %1 octets (%2 octets reçus)&#x202f;; TokenDesk n&apos;a pas envoyé le secret.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, vérifiez l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>Le scellement du secret pour GitHub a échoué.</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>Réessayez&#x202f;; si le problème persiste, signalez-le.</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>Le registre des mises à jour de secrets de CI %1 est endommagé&#x202f;; supprimez-le (TokenDesk perd seulement l&apos;information du jeton que contient chaque secret GitHub).</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 — n&apos;a pas pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>aucun client pour %1</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>secret %1 dans %2</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>secret %1 de l&apos;environnement %2 dans %3</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>secret d&apos;organisation %1 de %2</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>variable %1 du projet GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>variable %1 (environnement %2) du projet GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>variable %1 du groupe GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>variable %1 (environnement %2) du groupe GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>variable %1 du projet CircleCI %2</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>variable %1 du contexte CircleCI %2</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>Quand vous renouvelez un jeton, TokenDesk place le nouveau dans les secrets de CI qui le contiennent, vérifie qu&apos;il y est arrivé, et seulement ensuite révoque l&apos;ancien. Services connectés&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>Services de CI connectés</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>Aucun service de CI connecté&#xa0;: lors des renouvellements, vous devrez mettre à jour les secrets de CI vous-même.</translation>
    </message>
    <message>
        <source>Connect Git&amp;Hub…</source>
        <translation>Connecter Git&amp;Hub…</translation>
    </message>
    <message>
        <source>Connect Git&amp;Lab…</source>
        <translation>Connecter Git&amp;Lab…</translation>
    </message>
    <message>
        <source>Connect Ci&amp;rcleCI…</source>
        <translation>Connecter Ci&amp;rcleCI…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>Retirer la connexion %1 de %2</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>Retirer la connexion CI</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>Retirer la connexion %1 de %2&#xa0;sur %3&#x202f;? TokenDesk la supprime de votre trousseau&#x202f;; lors des renouvellements, vous devrez ensuite mettre à jour ces secrets de CI vous-même.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>%1 n&apos;a pas pu être vérifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>mis à jour à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n minute</numerusform>
            <numerusform>mis à jour il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n heure</numerusform>
            <numerusform>mis à jour il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n jour</numerusform>
            <numerusform>mis à jour il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 — non connecté&#xa0;: connectez %2 pour le mettre à jour automatiquement</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — vérification…</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — introuvable dans %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>révocation de l&apos;ancien jeton…</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>ancien jeton révoqué en %1&#xa0;s</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>ancien jeton révoqué en %1&#xa0;min %2&#xa0;s</translation>
    </message>
</context>
<context>
    <name>td::CircleCiVariableClient</name>
    <message>
        <source>context %1 of %2</source>
        <translation>contexte %1 de %2</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>CircleCI n&apos;a pas indiqué à qui appartient le jeton.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>Vérifiez que l&apos;adresse de l&apos;API se termine par /api/v2.</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>CircleCI n&apos;a pas de contexte nommé %1 dans %2.</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>Vérifiez le nom du contexte dans les paramètres de l&apos;organisation, et que le compte du jeton appartient à %1.</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>CircleCI ne connaît pas %1, ou le compte du jeton n&apos;y a pas accès.</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>Vérifiez le nom, et que le projet est suivi dans CircleCI.</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>CircleCI nécessite un jeton d&apos;API personnel (les jetons de projet ne fonctionnent pas avec l&apos;API v2)</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>Créez-en un sous User Settings → Personal API Tokens, puis lancez tokendesk-cli ci login circleci.</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>CircleCI n&apos;a pas accepté le jeton. %1.</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>CircleCI a refusé l&apos;accès à %1. %2, d&apos;un compte autorisé à modifier ses variables d&apos;environnement.</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>CircleCI a refusé la requête. %1.</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>copiez-le depuis le trousseau avec le bouton «&#xa0;Copier&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 est toujours valide&#xa0;: mettez à jour ces emplacements, puis révoquez-le</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Copier le nouveau jeton</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>Je l&apos;ai mis à jour — révoquer l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>Révocation en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>Son remplaçant fonctionne et est utilisé, mais la révocation de l&apos;ancien jeton a échoué&#xa0;: %1. Réessayez quand le registre répondra de nouveau.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>td::Countdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>pas d&apos;expiration</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expiré à l&apos;instant</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>jeton en clair</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>utilisateur et mot de passe (_auth)</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>utilisateur et mot de passe (_password)</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>référence à une variable d&apos;environnement</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>variable d&apos;environnement</translation>
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
        <translation>secret de CI</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 la CI utilise le secret %3</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>client certificate (certfile, keyfile)</source>
        <translation>certificat client (certfile, keyfile)</translation>
    </message>
</context>
<context>
    <name>td::CredentialScanner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
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
        <translation>Dia&amp;gnostiquer</translation>
    </message>
    <message>
        <source>Diagnose a CI publish</source>
        <translation>Diagnostiquer une publication en CI</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>Collez ici le journal du job de CI en échec.</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>Journal de CI</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>Jour&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(ligne %1 du journal)</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>Connectez-vous à un compte npm pour créer des jetons.</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>le jeton npm « %1 » a expiré</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n jour</numerusform>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n heure</numerusform>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n minute</numerusform>
            <numerusform>le jeton npm «&#xa0;%1&#xa0;» expire dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>Expiration et plages d&apos;adresses IP</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>Une durée de vie plus courte limite les dégâts d&apos;un jeton divulgué. TokenDesk vous prévient avant son expiration.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>Date &amp;personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Date d&apos;expiration personnalisée</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Plages d&apos;adresses IP autorisées</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>toute adresse, ou par ex. 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>Plages d&apos;adresses &amp;IP autorisées (CIDR IPv4)&#xa0;:</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>Règles de npm&#xa0;: les jetons en écriture vivent de %1 à %2 jours (%3 par défaut)&#x202f;; les jetons en lecture seule durent %4 jours par défaut, sans maximum.</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>Ce jeton peut écrire.</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>Ce jeton est en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Expire le %1 (dans %n jour).</numerusform>
            <numerusform>Expire le %1 (dans %n jours).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>La CLI GitHub (gh) n&apos;est pas installée&#xa0;: installez-la et lancez «&#xa0;gh auth login&#xa0;», ou collez plutôt un jeton.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>La CLI GitHub n&apos;est pas connectée à %1&#xa0;: lancez «&#xa0;gh auth login --hostname %1&#xa0;», ou collez plutôt un jeton.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>La CLI GitHub (gh) n&apos;a pas pu être démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>La CLI GitHub n&apos;a pas répondu dans les 20 secondes&#xa0;: collez plutôt un jeton.</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>environnement %1 dans le dépôt %2/%3</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>dépôt %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>Organization secrets en lecture et écriture (jeton classique&#xa0;: admin:org)</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>Secrets en lecture et écriture (jeton classique&#xa0;: repo)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>La réponse de GitHub concernant %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API&#x202f;; si elle est correcte, réessayez plus tard.</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 n&apos;est pas un secret GitHub.</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>Il n&apos;y a aucune valeur à envoyer.</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>la clé publique de %1</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>La connexion à GitLab dans le navigateur nécessite l&apos;Application ID d&apos;une application OAuth sur %1.</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>Collez plutôt un jeton d&apos;accès personnel avec le scope api&#xa0;: tokendesk-cli ci login gitlab --with-token</translation>
    </message>
</context>
<context>
    <name>td::GitLabVariableClient</name>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>La réponse de GitLab concernant une variable CI/CD n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>Vérifiez que l&apos;adresse de l&apos;API se termine par /api/v4.</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>GitLab n&apos;a pas indiqué à qui appartient le jeton.</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>GitLab masque la valeur de %1&#xa0;: elle ne peut donc pas être relue pour vérification.</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>Vérifiez vous-même la variable dans les paramètres CI/CD.</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>le rôle Owner sur le groupe %1 (scope du jeton&#xa0;: api)</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>le rôle Maintainer sur le projet %1 (scope du jeton&#xa0;: api)</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>Le jeton GitLab</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>Le jeton GitLab de %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 nécessite %2.</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>Demandez à un propriétaire d&apos;accorder ce rôle, ou connectez-vous en tant que personne qui l&apos;a&#xa0;: %1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>GitLab ne connaît pas %1, ou le jeton n&apos;y a pas accès.</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>Vérifiez le chemin dans l&apos;adresse des paramètres CI/CD, et que le compte connecté en est membre.</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>GitLab a refusé la nouvelle valeur de %1&#xa0;: la valeur d&apos;une variable masquée doit tenir sur une ligne, sans espaces, et compter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>Vérifiez le jeton, ou désactivez le masquage de la variable dans les paramètres CI/CD.</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>Vous avez annulé l&apos;authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>Un autre code a été demandé.</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>La réponse du registre dépasse %1 Mo&#x202f;; TokenDesk a cessé de la lire.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>Réessayez plus tard&#x202f;; si le problème persiste, le registre fonctionne mal.</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>Le registre %1 n&apos;a pas répondu dans les %2 secondes.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>La connexion à %1 s&apos;est fermée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>Impossible de joindre le registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>TokenDesk n&apos;ignore jamais les erreurs de certificat&#x202f;; vérifiez la date du système et le certificat du registre.</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>Vérifiez votre connexion et l&apos;adresse du registre, puis réessayez.</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>Le registre a effectué trop de redirections.</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>Vérifiez l&apos;adresse du registre.</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>Le registre a redirigé vers une adresse non chiffrée (%1)&#x202f;; TokenDesk refuse de suivre.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>Le registre %1 n&apos;a pas terminé sa réponse dans les %2 s&#x202f;; il a peut-être déjà traité la demande.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>Le registre %1 n&apos;a pas terminé sa réponse dans les %2 s.</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>Le registre %1 a cessé de répondre pendant %2 s&#x202f;; il a peut-être déjà traité la demande.</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>Vérifiez si la modification a été effectuée avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>La connexion à %1 a été interrompue après l&apos;envoi de la demande&#x202f;; le registre l&apos;a peut-être déjà traitée.</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>Le registre %1 a redirigé cette demande vers %2&#x202f;; TokenDesk n&apos;envoie ni identifiants ni données de demande à une autre adresse.</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>Vérifiez l&apos;adresse du registre&#x202f;; si le registre a déménagé, connectez-vous à sa nouvelle adresse.</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>Verrouillage d&apos;urgence&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Chronologie</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (rien d&apos;enregistré)</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## Versions</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| Paquet | Version | Publiée | Verdict | Éléments |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## Actions effectuées</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>Verrouillage d&apos;urgence arrêté avant toute écriture&#xa0;: cet ordinateur présentait des traces d&apos;un ver connu.</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| Action | Résultat |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>effectuée %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>NON CONFIRMÉE&#xa0;: envoyée, sans réponse (reprenez le verrouillage d&apos;urgence)</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>NON EFFECTUÉE (reprenez le verrouillage d&apos;urgence)</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>Aucune écriture n&apos;a été faite dans le registre.</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1&#xa0;: ignorée par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### Étapes non effectuées</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## Ce qui reste à faire</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] Signaler %1@%2 à npm&#xa0;: %3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] Annuler la publication (les règles de npm le permettent maintenant)&#xa0;: `%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] Vider les caches de CI de chaque dépôt concerné (un cache empoisonné réarme la prochaine version).</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] Renouveler chaque secret de CI que les workflows concernés pouvaient lire.</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] Publier un avis de sécurité (GitHub security advisory) qui nomme les mauvaises versions et les bonnes.</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] Publier une version supérieure saine&#xa0;: les plages de versions choisissent toujours la version la plus élevée, quels que soient les tags.</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] La révocation des jetons peut mettre jusqu&apos;à une heure à prendre effet&#xa0;: surveillez les paquets en attendant.</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># Rapport d&apos;incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>Rédigé par TokenDesk le %1.</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>Aucun trousseau utilisable n&apos;a été trouvé (%1).</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>TokenDesk conserve les secrets uniquement dans le trousseau du système, jamais dans de simples fichiers. Démarrez un fournisseur Secret Service comme gnome-keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>Le trousseau est verrouillé — déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>Déverrouillez votre trousseau de connexion, par exemple en ouvrant votre session de bureau ou avec Seahorse (Mots de passe et clés). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>Le trousseau ne répond pas.</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>Il attend peut-être que vous le déverrouilliez dans une autre fenêtre&#x202f;; répondez à cette demande ou redémarrez le service de trousseau, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>classique</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>granulaire</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>contourne la 2FA</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture-écriture</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>mise en attente uniquement</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>automatisation</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>fin janv. 2027</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>Impossible de charger libarchive (%1).</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 n&apos;est pas la libarchive dont TokenDesk a besoin: %2 y manque.</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 est un tube nommé (FIFO), pas un fichier ordinaire&#x202f;; TokenDesk ne lit pas dans les tubes.</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 est un périphérique, pas un fichier ordinaire&#x202f;; TokenDesk ne lit pas dans les périphériques.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>Lecture des paquets et de vos jetons…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>Ouvrir la page de &amp;signalement de npm</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Verrouillage d&apos;urgence</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>Exécution de l&apos;étape %1 sur %2…</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … en cours</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … terminé</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>Décochez ce que vous ne voulez pas. Avant la première modification, TokenDesk recherche sur cet ordinateur le chien de garde d&apos;un ver. Vous n&apos;approuvez les modifications qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>Arrêté avant toute modification&#xa0;: cet ordinateur présente un mécanisme de persistance d&apos;un ver. Neutralisez-le d&apos;abord, puis cliquez à nouveau sur «&#xa0;Exécuter&#xa0;».

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>Le rapport d&apos;incident n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Rapport d&apos;incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>Une étape a échoué&#x202f;; les étapes suivantes n&apos;ont pas été exécutées. «&#xa0;Réessayer&#xa0;» reprend à l&apos;étape qui a échoué.</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>Un verrouillage d&apos;urgence précédent (commencé le %1) s&apos;est arrêté avant la fin. « Reprendre » le poursuit à partir de sa première étape non terminée ; « Exécuter » établit un nouveau plan à partir du registre.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>Aucune mauvaise version de %1 n&apos;est connue&#xa0;: la surveillance des publications n&apos;a aucune alarme ouverte pour ce paquet. Indiquez les versions (tokendesk-cli&#xa0;: --bad VERSION).</translation>
    </message>
    <message>
        <source>%1 %2 published</source>
        <translation>%1 %2 publiée</translation>
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
        <translation>Le journal du verrouillage d&apos;urgence %1 est endommagé.</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>Vérifiez les paramètres du paquet sur le site web, puis lancez un nouveau verrouillage d&apos;urgence.</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>Exiger la 2FA et interdire les jetons</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>Révoquer l&apos;éditeur de confiance détourné</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer les jetons</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>Retirer les mainteneurs inattendus</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>Rejeter les versions en attente</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>Ramener les tags à la dernière bonne version</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>Marquer les mauvaises versions comme obsolètes</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>Annuler la publication des mauvaises versions</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1&#xa0;: exiger la 2FA, interdire les jetons</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>Chaque paquet exige déjà la 2FA et interdit les jetons.</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1&#xa0;: révoquer %2</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1&#xa0;: %2 conservé (non utilisé dans l&apos;attaque)</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>Aucun éditeur de confiance n&apos;a publié de mauvaise version.</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>Aucun paquet n&apos;a d&apos;éditeur de confiance.</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>Les jetons du compte ne sont pas connus&#xa0;: connectez-vous pour les lister.</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>conservé&#xa0;: %1 (ce verrouillage d&apos;urgence se connecte avec lui&#x202f;; déconnectez-vous une fois terminé)</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>conservé&#xa0;: %1 (utilisation vérifiée par %2)</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>révoquer %1</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>Le compte n&apos;a aucun jeton.</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>Chaque jeton est utilisé, vérification faite, par votre propre CI et est conservé.</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>Aucune liste de mainteneurs attendus&#xa0;: TokenDesk ne retire personne.</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1&#xa0;: aucun mainteneur attendu ne resterait&#x202f;; personne n&apos;est retiré</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1&#xa0;: retirer le mainteneur %2</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>Tous les mainteneurs sont attendus.</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>Aucun mainteneur attendu ne resterait&#xa0;: ajoutez-en d&apos;abord un, puis retirez les autres.</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1&#xa0;: rejeter la version en attente %2</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>Aucune version en attente.</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1&#xa0;: %2 pointe vers %3, mais aucune bonne version n&apos;est connue</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>Aucun tag ne pointe vers une mauvaise version.</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>Aucune bonne version vers laquelle ramener les tags.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>Version compromise, publiée sans le consentement des mainteneurs. Ne pas utiliser.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>Version compromise, publiée sans le consentement des mainteneurs. Utilisez %1.</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2&#xa0;: marquer comme obsolète</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>Aucune mauvaise version n&apos;est connue.</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2&#xa0;: sa date de publication est inconnue</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2&#xa0;: publiée il y a plus de 72 heures</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2&#xa0;: TokenDesk ne peut pas savoir si d&apos;autres paquets en dépendent</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2&#xa0;: d&apos;autres paquets en dépendent</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>Les règles de npm ne le permettent pas (%1). Marquez plutôt la version comme obsolète et signalez-la.</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1&#xa0;: éditeurs de confiance tels que TokenDesk les a lus la dernière fois, %2 (les relire nécessite la 2FA)</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1&#xa0;: révoquer l&apos;éditeur de confiance %2 (il a publié une mauvaise version)</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 a été publié avec un jeton, pas par l&apos;éditeur de confiance&#xa0;: celui-ci est conservé.</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>Aucune mauvaise version n&apos;est passée par un éditeur de confiance, et TokenDesk n&apos;a pas lu les éditeurs de confiance de %1 (tokendesk-cli trust list les lit, avec la 2FA).</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>Chaque mauvaise version est déjà marquée comme obsolète.</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>Verrouillage d&apos;urgence arrêté avant toute révocation&#xa0;: cet ordinateur présente des traces d&apos;un ver connu.

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>Neutralisez d&apos;abord ce qui a été trouvé, puis relancez le verrouillage d&apos;urgence.</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>Un verrouillage d&apos;urgence est déjà en cours.</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>Le verrouillage d&apos;urgence n&apos;a rien à faire&#xa0;: aucune étape cochée ne s&apos;applique.</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>Cochez au moins une étape qui s&apos;applique.</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>TokenDesk n&apos;annule pas de publication.</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>Exécutez vous-même npm unpublish si les règles de npm le permettent.</translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation>identifiant %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>Révoquez-le avec «&#xa0;tokendesk-cli token revoke &lt;id&gt;&#xa0;» ou sur npmjs.com, sous «&#xa0;Access Tokens&#xa0;».</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>la connexion a pris fin</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>Le registre a peut-être créé le jeton «&#xa0;%1&#xa0;», mais sa réponse a été perdue (%2), et TokenDesk n&apos;a pas pu le vérifier (%3).</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>Cherchez un jeton nommé «&#xa0;%1&#xa0;» créé le %2 ou après, et révoquez-le&#xa0;: son secret n&apos;a jamais été reçu. %3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>Créez-le à nouveau. Si un jeton nommé «&#xa0;%1&#xa0;» créé le %2 ou après apparaît plus tard, révoquez-le&#xa0;: son secret n&apos;a jamais été reçu.</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>Créez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 TokenDesk a vérifié&#xa0;: le registre n&apos;a pas créé le jeton «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>Le registre a créé le jeton «&#xa0;%1&#xa0;», mais sa réponse a été perdue&#x202f;; %n jeton portant ce nom a été créé depuis, TokenDesk n&apos;en a donc révoqué aucun&#xa0;: %2.</numerusform>
            <numerusform>Le registre a créé le jeton «&#xa0;%1&#xa0;», mais sa réponse a été perdue&#x202f;; %n jetons portant ce nom ont été créés depuis, TokenDesk n&apos;en a donc révoqué aucun&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>Révoquez ceux que vous n&apos;utilisez pas (le plus récent est très probablement celui qui a été perdu). %1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>Le registre a créé le jeton «&#xa0;%1&#xa0;», mais sa réponse a été perdue, et TokenDesk n&apos;a pas pu le révoquer (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>Son secret n&apos;a jamais été reçu. Révoquez-le avec «&#xa0;tokendesk-cli token revoke %1&#xa0;» ou sur npmjs.com, sous «&#xa0;Access Tokens&#xa0;», puis créez-le à nouveau.</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>Le registre a créé le jeton «&#xa0;%1&#xa0;», mais sa réponse a été perdue&#x202f;; TokenDesk l&apos;a révoqué (%2).</translation>
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
        <translation>Non connecté · ajoutez un compte pour voir ses jetons</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>Publication de &amp;confiance…</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>&amp;Migrer les jetons…</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée&#xa0;: TokenDesk ne peut pas vous avertir des jetons qui expirent tant que cette fenêtre est fermée, et la fermer quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se conn&amp;ecter…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>Filtrer par nom, paquet, scope ou type</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrer les jetons</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>Afficher les jetons &amp;révoqués et expirés</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>Rechercher à nouveau les jetons sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>&amp;Versions en attente</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>&amp;Versions en attente (%n)</numerusform>
            <numerusform>&amp;Versions en attente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>&amp;Publication</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>&amp;Publication (%n menacé)</numerusform>
            <numerusform>&amp;Publication (%n menacés)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>Terminer la session du compte sélectionné&#x202f;; ses jetons restent sur npm.</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Retirer le compte…</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>Déconnecter le compte sélectionné et l&apos;oublier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>Ouvrir la documentation de TokenDesk dans votre navigateur.</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>À &amp;propos de TokenDesk</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>Presse-papiers vidé dans %n&#xa0;s</numerusform>
            <numerusform>Presse-papiers vidé dans %n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>Définir l&apos;&amp;expiration du jeton…</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>Indiquez quand le jeton du compte sélectionné prend fin&#x202f;; ce registre ne le précise pas.</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>Démarre un registre sur cet ordinateur avec des comptes et des jetons de démonstration. Rien de ce que vous y faites n&apos;atteint npm.</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>Se connecter à &amp;npm…</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>Démarrage du registre d&apos;essai…</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>Essayer avec le registre d&apos;&amp;essai</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>Versions pu&amp;bliées</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>Définissez le secret de CI %1 dans %2 sur le nouveau jeton — %3. (%4 l&apos;utilise.)</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1, ligne %2, lit ${%3}&#xa0;: définissez %3 sur le nouveau jeton partout où vous l&apos;exportez (par exemple export %3=… dans ~/.profile) — %4.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>Définissez la variable d&apos;environnement %1 sur le nouveau jeton partout où vous l&apos;exportez (par exemple export %1=… dans ~/.profile) — %2.</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>Placez le nouveau jeton à la main dans %1, ligne %2 (%3) — %4.</translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message>
        <source>Migrate tokens</source>
        <translation>Migrer les jetons</translation>
    </message>
    <message>
        <source>Rotate &quot;%1&quot;</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>Une migration a été interrompue&#xa0;: %n jeton est à mi-parcours. Reprenez-la, ou restaurez vos fichiers dans leur état précédent. D&apos;ici là, chaque fichier conserve un jeton qui fonctionne.</numerusform>
            <numerusform>Une migration a été interrompue&#xa0;: %n jetons sont à mi-parcours. Reprenez-la, ou restaurez vos fichiers dans leur état précédent. D&apos;ici là, chaque fichier conserve un jeton qui fonctionne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>Mot de passe npm (seulement si un jeton doit encore être créé)&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>Recherche de jetons npm sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>Mot de passe npm (npm le demande pour créer des jetons)&#xa0;:</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>Trouvé sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan&#xa0;:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L&apos;analyse a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>Saisissez votre mot de passe npm&#xa0;: npm le demande pour créer des jetons.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listé</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>fonctionne (non listé)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>autre registre</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>non vérifiable</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>création du nouveau jeton…</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>nouveau jeton créé</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>mise à jour des fichiers .npmrc…</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>fichiers .npmrc mis à jour</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>vérification du nouveau jeton…</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>le nouveau jeton fonctionne</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>révocation de l&apos;ancien jeton…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>remplacé, mais l&apos;ancien jeton n&apos;a pas pu être révoqué</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>échec&#x202f;; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>laissé tel quel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Migration terminée.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La migration s&apos;est arrêtée&#xa0;:&lt;/b&gt; %1&lt;br&gt;Rouvrez cette boîte de dialogue pour la reprendre ou la restaurer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sauvegardes des fichiers dans leur état précédent&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>Jetons devenus inutiles après la publication de confiance</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>Ajouter un dossier de projet…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>Ajouter un dossier de projet à analyser</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>Dossiers de projet&#xa0;: aucun (seuls vos paramètres npm et l&apos;environnement sont analysés)</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>Dossiers de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>Le nouveau jeton n&apos;a pas pu être lu depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>Le nouveau jeton est dans le presse-papiers&#x202f;; celui-ci sera bientôt vidé.</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>vous attend&#xa0;: mettez à jour les utilisations en CI et dans l&apos;environnement, puis confirmez</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>confirmé&#x202f;; révocation…</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1&#x202f;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n emplacement contient des identifiants npm</numerusform>
            <numerusform>%n emplacements contiennent des identifiants npm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>%n jeton dans le plan.</numerusform>
            <numerusform>%n jetons dans le plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>Jetons trouvés sur cet ordinateur</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>Plan de migration</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>Recherche des secrets de CI qui les contiennent…</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1 (mis à jour par TokenDesk)</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>envoi du nouveau jeton à la CI…</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>envoyé à la CI&#x202f;; vérification…</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>vérifié dans la CI</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>la CI contient le nouveau jeton&#x202f;; l&apos;ancien sera révoqué après le délai de grâce</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>envoi du nouveau jeton…</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>envoyé&#x202f;; vérification…</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>vérifié&#xa0;: contient le nouveau jeton</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>l&apos;ancienne valeur est rétablie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;secret NPM_TOKEN in acme/widgets: verified: it holds the new token&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::MigrationJournal</name>
    <message>
        <source>The migration journal %1 is damaged.</source>
        <translation>Le journal de migration %1 est endommagé.</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>révocation en attente&#xa0;: réessayez — son remplaçant est utilisé, mais sa révocation a échoué (%1)</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1&#xa0;: remplacé, %n référence réécrite, ancien jeton révoqué</numerusform>
            <numerusform>%1&#xa0;: remplacé, %n références réécrites, ancien jeton révoqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier nettoyé, jeton révoqué</numerusform>
            <numerusform>%1&#xa0;: %n fichiers nettoyés, jeton révoqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1&#xa0;: retiré de %n fichier</numerusform>
            <numerusform>%1&#xa0;: retiré de %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1&#xa0;: remplacé, %n référence réécrite, mais l&apos;ancien jeton n&apos;a pas pu être révoqué</numerusform>
            <numerusform>%1&#xa0;: remplacé, %n références réécrites, mais l&apos;ancien jeton n&apos;a pas pu être révoqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1&#xa0;: remplacé, %n référence réécrite&#x202f;; l&apos;ancien jeton sera révoqué après votre confirmation</numerusform>
            <numerusform>%1&#xa0;: remplacé, %n références réécrites&#x202f;; l&apos;ancien jeton sera révoqué après votre confirmation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>Migration en cours… Chaque étape est enregistrée&#xa0;: fermer TokenDesk maintenant ne fait rien perdre.</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>Progression de la migration</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>Secrets de CI</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>Nom et description</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>Le nom vous permet de reconnaître le jeton dans les listes et les rappels.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>Utiliser le nom suggéré</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Description du jeton</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>facultative, par ex. où le jeton est utilisé</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>Utiliser la suggestion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>Nouveau jeton npm</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>Fermer sans copier le jeton&#x202f;?</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>Vous n&apos;avez pas copié le nouveau jeton, ni ne l&apos;avez ajouté à un fichier .npmrc. npm ne l&apos;affichera plus jamais.</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>Il reste dans votre trousseau&#xa0;: TokenDesk peut donc toujours l&apos;utiliser.</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>Il n&apos;est pas non plus dans votre trousseau&#xa0;: fermer le fera perdre.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>La liste des avis d&apos;expiration déjà affichés (%1) est endommagée&#x202f;; elle a été conservée sous %2 et recommencée de zéro.</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>Cette configuration n&apos;a pas de fichier où enregistrer.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>%1 a été modifié par un autre programme après sa lecture par TokenDesk&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>Analysez à nouveau pour voir le contenu actuel, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>L&apos;accès aux organisations permet au jeton de gérer les équipes et les membres, pas de publier. La plupart des jetons n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>Ajouter une organisation par son nom</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>Ajouter l&apos;organisation saisie</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>Autorisation pour les organisations</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Autorisation&#xa0;:</translation>
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
        <translation>Recherche de vos organisations…</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>Vos organisations n&apos;ont pas pu être récupérées. Saisissez un nom ci-dessous pour en ajouter une.</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>Ce compte n&apos;appartient à aucune organisation. Saisissez un nom ci-dessous pour en ajouter une.</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 — votre rôle&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1 (tout le scope, y compris les nouveaux paquets)</translation>
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
        <translation>Le registre a envoyé un document illisible pour %1.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>Réessayez plus tard&#x202f;; si le problème persiste, faites cette modification sur le site web.</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 est le seul mainteneur de %2.</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>Ajoutez d&apos;abord un autre mainteneur, puis retirez celui-ci.</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>Vérifiez la version&#x202f;; sa publication a peut-être été annulée.</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquets et scopes</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>Cochez les paquets et scopes que le jeton peut utiliser, ou saisissez des noms qui ne sont pas encore publiés.</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>&amp;Tous les paquets, y compris ceux publiés plus tard</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Tous les paquets</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Rechercher des paquets</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>Rechercher des paquets…</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>Paquets et scopes de ce compte</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>Ajouter un paquet ou un scope par son nom</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>nouveau-paquet, @scope/nom ou @scope</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>Ajouter le paquet ou le scope saisi</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>Paquets et scopes choisis</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>Retirer le paquet ou le scope choisi</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>Autorisation pour les paquets et scopes</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>Contourner l&apos;authentification à deux facteurs</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>Recharger les paquets du compte</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>Contourner l&apos;authentification à deux &amp;facteurs lors de la publication</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>Impossible de charger vos paquets&#xa0;: %1 Vous pouvez tout de même saisir des noms de paquets ci-dessous.</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>Chargement de vos paquets…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>%L1 ligne affichée sur %Ln</numerusform>
            <numerusform>%L1 lignes affichées sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln choisi</numerusform>
            <numerusform>%Ln choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>Aucun accès</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>Lecture et écriture (mise en attente uniquement)</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>La liste des traces de vers connus %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>Réinstallez TokenDesk ou indiquez un fichier lisible.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>La liste des traces de vers connus %1 est trop volumineuse.</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>Indiquez la liste fournie avec TokenDesk ou un fichier de moins de 1 Mio.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>La liste des traces de vers connus est endommagée.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>Réinstallez TokenDesk ou corrigez le fichier (format&#xa0;: core/lockdown/README.md).</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>%1 trouvé à %2&#xa0;: %3 Pour le neutraliser&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>Remplacer par un jeton en lecture-écriture pour vos paquets</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>Remplacer par un jeton en lecture seule</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>Remplacer par un jeton en lecture-écriture qui contourne la 2FA</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>Remplacer par un jeton de mise en attente uniquement</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>Renouveler&#xa0;: même accès, nouvelle expiration</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>Passer la CI à la publication de confiance (sans jeton)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>Révoquer&#xa0;: plus rien n&apos;en a besoin</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>Remplacer par un jeton sans les paquets en publication de confiance</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>Rolled back on request.</source>
        <translation>Restauré à la demande.</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>secret perdu lors d&apos;un plantage</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>Étape inconnue «&#xa0;%1&#xa0;» dans le journal de migration.</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>Le nouveau jeton ne peut pas être lu depuis le trousseau&#xa0;: %1 Déverrouillez-le et reprenez.</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>Le trousseau n&apos;a pas accepté le nouveau jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>Le nouveau jeton n&apos;a pas fonctionné (%1)&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>The migration has no row %1.</source>
        <translation>La migration n&apos;a pas de ligne %1.</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>La ligne %1 n&apos;attend pas de confirmation (elle est «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>Un autre jeton de cette migration est à mi-parcours&#xa0;: reprenez-le ou restaurez-le d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>Le registre l&apos;avait créé malgré tout&#x202f;; %n jeton de ce type a été révoqué.</numerusform>
            <numerusform>Le registre l&apos;avait créé malgré tout&#x202f;; %n jetons de ce type ont été révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>Impossible de vérifier si le registre a créé le nouveau jeton «&#xa0;%1&#xa0;» (%2)&#x202f;; rien ne l&apos;utilise encore. Reprenez quand le registre répondra de nouveau, afin de le trouver et de le révoquer.</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>La création du nouveau jeton «&#xa0;%1&#xa0;» a échoué (%2), et il est impossible de vérifier si le registre l&apos;a créé malgré tout (%3). Reprenez quand le registre répondra de nouveau, afin de le trouver et de le révoquer.</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>Le nouveau jeton a répondu en tant que «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»&#xa0;: le registre ne se comporte pas comme prévu, la migration s&apos;est donc arrêtée et rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>Le nouveau jeton «&#xa0;%1&#xa0;» (identifiant %2) n&apos;a pas pu être révoqué (%3)&#x202f;; révoquez-le avec «&#xa0;tokendesk-cli token revoke %2&#xa0;».</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>Le nouveau jeton a été conservé, car ces secrets de CI le contiennent et l&apos;ancienne valeur n&apos;est pas disponible pour être remise&#xa0;: %1. Remettez-y l&apos;ancien jeton, ou gardez le nouveau et révoquez l&apos;ancien.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>Le secret de CI de l&apos;étape %1 ne peut pas être mis à jour&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>La mise à jour de %1 a échoué (%2)&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>Le secret de CI de l&apos;étape %1 ne peut pas être vérifié&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>La vérification de %1 a échoué (%2)&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>%1 ne contient pas le nouveau jeton après la mise à jour&#x202f;; rien n&apos;a été révoqué.</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>Vous essayez TokenDesk sur le registre d&apos;essai&#xa0;: un registre sur cet ordinateur avec des jetons de démonstration. Rien de ce que vous y faites n&apos;atteint npm&#x202f;; il s&apos;arrête quand vous quittez TokenDesk.</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>Le registre d&apos;essai n&apos;a pas fourni son code à usage unique.</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>Quittez TokenDesk et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>Le registre d&apos;essai n&apos;a pas démarré en %n seconde.</numerusform>
            <numerusform>Le registre d&apos;essai n&apos;a pas démarré en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>Le registre d&apos;essai (tokendesk-sandbox) est introuvable à côté de TokenDesk ou dans le PATH. Installez-le avec TokenDesk, ou connectez-vous à npm.</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>Le registre d&apos;essai n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>Le registre d&apos;essai s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>il s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>Le registre d&apos;essai n&apos;a pas indiqué où il écoute.</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>Le registre d&apos;essai ne répond pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>TokenDesk n&apos;a pas pu se connecter au registre d&apos;essai&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>La liste des avis sur janvier 2027 déjà affichés (%1) est endommagée&#x202f;; TokenDesk la recommence, un avis peut donc réapparaître une fois.</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>Le jeton npm «&#xa0;%1&#xa0;» est utilisé en CI (%2) et ne pourra plus publier en janvier 2027&#x202f;; npm n&apos;a pas annoncé le jour exact. Passez à la publication de confiance ou à un jeton de mise en attente uniquement.</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publication de confiance (directe)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publication de confiance (mise en attente uniquement)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>jeton de mise en attente uniquement</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>jeton de publication directe</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>jeton contournant la 2FA</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>éditeur de confiance</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>mise en attente, puis approuvée</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>jeton ou npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>menacé en janvier 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>aucune voie de publication</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>publication de confiance (mise en attente uniquement par défaut)</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>un jeton de mise en attente uniquement, avec approbation</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>Accès à la publication (exiger la 2FA, interdire les jetons)&#xa0;: npm n&apos;a pas d&apos;API pour le lire.</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>Si la dernière version a utilisé un jeton ou une connexion interactive npm login&#xa0;: le registre ne le dit pas.</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>Éditeurs de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>Dernière version&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>éditeur de confiance de type %1</translation>
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
        <translation>, environnement %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>Le jeton %1 peut publier %2 directement&#x202f;; il n&apos;est utilisé nulle part où TokenDesk a regardé, mais il fonctionne jusqu&apos;à sa révocation.</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>Le jeton %1 peut publier %2 directement et est utilisé dans %3.</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>npm met fin à la publication directe avec des jetons en janvier 2027&#x202f;; aucun jour exact n&apos;est annoncé.</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>Il peut aussi être publié via %1.</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1, non utilisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1, utilisé dans %2</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>Publié via la publication de confiance (%1), que janvier 2027 n&apos;affecte pas.</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>Mis en attente avec le jeton de mise en attente uniquement %1&#x202f;; un mainteneur approuve chaque version avec la 2FA.</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>Aucun éditeur de confiance ni aucun jeton de ce compte ne peut publier %1.</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>TokenDesk n&apos;a pas pu lire comment %1 est publié&#xa0;: %2 Rien n&apos;est deviné&#x202f;; réessayez quand le registre répondra.</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>menacé en janvier 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>aucune voie de publication</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publication de confiance (directe)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publication de confiance (mise en attente uniquement)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>jeton de mise en attente uniquement</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>jeton en lecture-écriture</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>jeton contournant la 2FA</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>Configurer la publication de &amp;confiance…</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>Remplacer par un jeton de &amp;mise en attente uniquement…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>non connu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>Voies de publication actuelles</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Aucune connue.</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>utilisé dans %1</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>Dernière version&#xa0;:</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>jamais publié</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>par publication de confiance</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>mise en attente, puis approuvée</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>avec un jeton</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>la voie utilisée n&apos;est pas connue</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 le %2, %3</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>publiée par %1</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>avec provenance</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>sans provenance</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non connu</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>Voie de publication</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message>
        <source>Filter packages</source>
        <translation>Filtrer les paquets</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>Filtrer par paquet, voie, verdict ou raison…</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>Paquets et leurs voies de publication</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>Détails de la voie de publication</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>Solution…</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>Choisissez un paquet pour voir comment il est publié et ce qu&apos;il faut faire avant janvier 2027.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>Aucun paquet examiné pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n paquet examiné&#x202f;; aucun n&apos;est connu comme menacé en janvier 2027.</numerusform>
            <numerusform>%n paquets examinés&#x202f;; aucun n&apos;est connu comme menacé en janvier 2027.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n paquet ne pourra plus publier en janvier 2027 s&apos;il ne passe pas à la publication de confiance ou à un jeton de mise en attente uniquement&#x202f;; npm n&apos;a pas annoncé le jour exact.</numerusform>
            <numerusform>%n paquets ne pourront plus publier en janvier 2027 s&apos;ils ne passent pas à la publication de confiance ou à un jeton de mise en attente uniquement&#x202f;; npm n&apos;a pas annoncé le jour exact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>À quoi sert le jeton&#x202f;?</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>Un préréglage choisit pour vous l&apos;autorisation, l&apos;expiration et la 2FA&#x202f;; vous pouvez modifier chacune d&apos;elles dans les pages suivantes.</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>Configurer plutôt la &amp;publication de confiance</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>Configurer plutôt la publication de confiance</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>La CI publie avec un identifiant OIDC de courte durée&#xa0;: aucun jeton n&apos;a besoin d&apos;être stocké dans la CI.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Le dossier de sauvegarde %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>Vérifiez ses permissions, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>%1 a été modifié par un autre programme pendant la migration&#x202f;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 ne contient plus le jeton à remplacer&#x202f;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>Analysez à nouveau et établissez un nouveau plan.</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>%1 a été modifié après son écriture par TokenDesk et n&apos;a donc pas été restauré&#x202f;; l&apos;original se trouve dans %2.</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>La sauvegarde %1 ne correspond pas au fichier d&apos;origine&#x202f;; %2 n&apos;a pas été restauré.</translation>
    </message>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 contient un jeton, mais ses permissions n&apos;ont pas pu être limitées à vous (faites-lui un chmod 600).</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 était lisible par d&apos;autres (%2)&#x202f;; il est maintenant %3</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Vous n&apos;êtes pas connecté à %1.</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>Connectez-vous d&apos;abord (dans la liste des comptes de TokenDesk, ou avec «&#xa0;tokendesk-cli login&#xa0;»).</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>Le registre n&apos;a pas accepté ce mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>Cette opération nécessite un mot de passe à usage unique de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>Il a peut-être été mal saisi ou a expiré&#x202f;; réessayez avec un nouveau code.</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>Saisissez le code actuel de votre application d&apos;authentification, ou approuvez la demande dans votre navigateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>Le registre n&apos;autorise pas cette connexion depuis votre adresse IP.</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>Le compte ou le jeton est limité à certaines plages d&apos;adresses IP&#x202f;; connectez-vous depuis un réseau autorisé ou modifiez les plages autorisées.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Votre session sur %1 est terminée.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 n&apos;a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>Le jeton a peut-être expiré ou été révoqué&#x202f;; reconnectez-vous ou utilisez un autre jeton.</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>Le registre a rejeté la demande.</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>Vérifiez les valeurs saisies.</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>Le registre a refusé cette action.</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>Vérifiez que votre compte a le droit de le faire. Les jetons qui contournent la 2FA ne peuvent gérer ni les jetons ni les paramètres de confiance&#x202f;; connectez-vous plutôt avec une session.</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>Le registre n&apos;a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>Vérifiez le nom. npm répond aussi «&#xa0;not found&#xa0;» quand vous n&apos;avez pas l&apos;autorisation de voir quelque chose.</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>Cet élément existe déjà sur le registre.</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>Actualisez, puis modifiez ou supprimez d&apos;abord l&apos;élément existant.</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>Le registre n&apos;a pas pu traiter la demande.</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>Le registre limite la fréquence des demandes.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>Le registre a rencontré un problème interne (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>Le registre a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>Vérifiez la demande et réessayez.</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 demande un mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>La connexion par le navigateur nécessite une invite interactive.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 ne propose pas la connexion par le navigateur.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>Connectez-vous plutôt avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>Il n&apos;existe aucun utilisateur nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>Les pages de la liste des jetons du registre tournent en rond.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre valide.</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>TokenDesk refuse d&apos;envoyer des identifiants en http non chiffré à %1.</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>Utilisez l&apos;adresse https:// du registre.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>Le registre ne reconnaît plus cette connexion.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>Le registre a envoyé une réponse que TokenDesk ne sait pas lire (%1).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>Réessayez&#x202f;; si cela se reproduit, le registre n&apos;est peut-être pas compatible avec npm.</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Mot de passe incorrect ou manquant.</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>Vérifiez votre mot de passe npm pour %1 et saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>Patientez jusqu&apos;à %1 et réessayez.</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>un jeton désigné par son secret est introuvable dans la liste des jetons.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Patientez %n seconde et réessayez.</numerusform>
            <numerusform>Patientez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>La liste des versions en attente fournie par le registre ne se termine pas.</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 n&apos;a encore aucune version publiée.</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>Le registre a répondu deux fois «&#xa0;non modifié&#xa0;» à une simple requête pour %1.</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>Un proxy entre vous et le registre met peut-être mal les données en cache&#x202f;; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>td::RegistryExpiryText</name>
    <message>
        <source>token %1</source>
        <translation>jeton %1</translation>
    </message>
    <message>
        <source>token expiry: GitHub says on the next refresh</source>
        <translation>expiration du jeton&#xa0;: GitHub l&apos;indiquera à la prochaine actualisation</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1 (selon GitHub)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1 (12 heures après son enregistrement par TokenDesk)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1 (12 heures après l&apos;écriture du .npmrc)</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>le jeton dure 12 heures à partir de «&#xa0;aws codeartifact login&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1 (date que vous avez saisie)</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>le jeton n&apos;expire jamais (selon votre saisie)</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>expiration du jeton non saisie</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>expiration fixée par le registre</translation>
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
        <translation>registre compatible npm</translation>
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
        <translation>autre registre</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>GitHub Packages n&apos;a pas d&apos;API de jetons&#xa0;: gérez les jetons d&apos;accès personnels dans les paramètres de GitHub.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>Les jetons AWS CodeArtifact proviennent de «&#xa0;aws codeartifact login&#xa0;» et expirent d&apos;eux-mêmes au bout de 12 heures.</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>Azure Artifacts n&apos;a pas d&apos;API de jetons&#xa0;: gérez les jetons d&apos;accès personnels dans les paramètres utilisateur d&apos;Azure DevOps.</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>Ce registre n&apos;a pas d&apos;API de jetons&#xa0;: gérez ses jetons là où il les délivre.</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 ne propose pas la publication avec mise en attente&#x202f;; c&apos;est une fonctionnalité de npmjs.</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 ne propose pas la publication de confiance&#x202f;; c&apos;est une fonctionnalité de npmjs.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1&#xa0;: vérification de la dernière version…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(%n autre paquet non vérifié)</numerusform>
            <numerusform>(%n autres paquets non vérifiés)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1&#xa0;: impossible de vérifier la dernière version tant que vous êtes déconnecté&#x202f;; connectez-vous à ce compte.</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiff</name>
    <message>
        <source>The staged tarball has no package.json.</source>
        <translation>L&apos;archive en attente ne contient pas de package.json.</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>Exécute un script «&#xa0;%1&#xa0;» à chaque installation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>Ajoute binding.gyp&#xa0;: npm exécute «&#xa0;node-gyp rebuild&#xa0;» à l&apos;installation.</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>Contient un lien ou un fichier spécial que npm n&apos;installe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1&#xa0;: %2 (auparavant %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 supprimé (auparavant %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[mode du fichier modifié]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2 (aucune version antérieure à comparer)</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Taille compressée</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Taille décompressée</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>Fichiers&#xa0;: %1 (auparavant %2)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>À examiner de près&#xa0;:</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json&#xa0;:</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>aucune modification de scripts, dependencies, bin, exports ou main</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>Fichiers&#xa0;: ajoutés %1, supprimés %2, modifiés %3</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>Le fichier binaire ou volumineux %1 diffère.</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 a trop de lignes pour une comparaison ligne par ligne.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (auparavant %2)</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>supprimé (auparavant %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>script d&apos;installation&#xa0;: s&apos;exécute lors de npm install</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>(mode du fichier modifié)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>Fichier binaire ou volumineux&#xa0;: aucune comparaison textuelle.</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>Trop de lignes pour une comparaison textuelle.</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>Aucune modification textuelle.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2&#xa0;: aucune version antérieure à comparer</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>À examiner de près&#xa0;:</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Taille compressée</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Taille décompressée</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>Aucune modification de scripts, dependencies, bin, exports ou main.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n fichier diffère</numerusform>
            <numerusform>%n fichiers diffèrent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n alarme ouverte&#xa0;: répondez par «&#xa0;C&apos;était moi&#xa0;» ou «&#xa0;Répondre&#xa0;».</numerusform>
            <numerusform>%n alarmes ouvertes&#xa0;: répondez par «&#xa0;C&apos;était moi&#xa0;» ou «&#xa0;Répondre&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>%n paquet surveillé.</numerusform>
            <numerusform>%n paquets surveillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n paquet privé n&apos;est pas surveillé&#xa0;: enregistrez un jeton en lecture seule pour ce paquet.</numerusform>
            <numerusform>%n paquets privés ne sont pas surveillés&#xa0;: enregistrez un jeton en lecture seule pour ces paquets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>Alarme de publication&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>Une publication de %1 jusqu&apos;à %2 est annoncée&#xa0;: elle ne déclenche pas d&apos;alarme.</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>Rien n&apos;est encore surveillé. Connectez-vous à un compte qui peut publier des paquets&#xa0;: TokenDesk surveillera alors chacune de leurs versions.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Détails de la version</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>C&apos;était &amp;moi</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>Vous l&apos;avez publiée vous-même&#xa0;: fermer l&apos;alarme et s&apos;en souvenir.</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>Verrouiller le paquet&#xa0;: arrêter les publications suivantes et annuler celle-ci.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Raisons&#xa0;:</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>Vous avez répondu à cette alarme.</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>Annoncer une &amp;publication manuelle</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>Excl&amp;ure de la surveillance</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>Annoncer une publication manuelle de %1 dans l&apos;heure qui vient</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>Réincl&amp;ure dans la surveillance</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>Inclure de nouveau %1 dans la surveillance</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>Exclure %1 de la surveillance</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>Remplace «&#xa0;%1&#xa0;» (créé par TokenDesk le %2)</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>Créé par TokenDesk le %1</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>La publication directe avec des jetons qui contournent la 2FA prend fin en janvier 2027. Utilisez la publication de confiance pour la CI, ou un jeton de mise en attente uniquement, et approuvez les versions avec la 2FA.</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>Les jetons classiques ont été révoqués par npm en décembre 2025&#x202f;; un registre qui accepte encore celui-ci n&apos;est pas npmjs.</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>Configurez la publication de confiance dans l&apos;assistant de publication de confiance, puis supprimez le secret de CI.</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>Mettez à jour le secret de CI %1 (%2:%3) avec le nouveau jeton.</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>Mettez à jour la variable d&apos;environnement %1 avec le nouveau jeton.</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>Mettez à jour %1 à la main.</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>L&apos;ancien jeton reste valide jusqu&apos;à ce que vous confirmiez que les emplacements ci-dessus sont à jour.</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 n&apos;est pas du JSON valide (%2)&#x202f;; il a été ignoré.</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>Impossible de lire pnpm-workspace.yaml&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>Votre nouveau jeton</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>C&apos;est la seule fois où npm affiche le jeton. Copiez-le ou utilisez-le maintenant.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Le nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>&amp;Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>Réessayer d&apos;enregistrer le jeton dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>L&apos;utiliser</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>.npmrc de l&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>Ajouter au .npmrc de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>.npmrc du pro&amp;jet</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>Ajouter au .npmrc d&apos;un projet</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>Fichier .npmrc auquel ajouter le jeton</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Choisir le dossier du projet</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>Ajou&amp;ter au .npmrc</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>Ajouter le jeton au .npmrc choisi</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>Commande qui exécute npm avec le jeton</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>Copier la comma&amp;nde</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions&#xa0;: enregistrez le jeton comme secret de dépôt %1 et transmettez-le à npm avec
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>Copier le nom du s&amp;ecret</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>Copier le nom du secret GitHub Actions</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>Enregistré dans votre trousseau ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>Crée %1 (lisible par vous seul) avec cette ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>Remplace la ligne %1 de %2 (le jeton qui s&apos;y trouve) par cette ligne&#x202f;; une sauvegarde est conservée&#xa0;:</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>Ajoute cette ligne à %1&#x202f;; toutes les autres lignes restent inchangées et une sauvegarde est conservée&#xa0;:</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>Écrit dans %1, ligne %2.</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>Écrit dans %1, ligne %2. Sauvegarde&#xa0;: %3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>Vérifiez ce que le jeton pourra faire avant sa création.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Usage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>Paquets&#xa0;: tous les paquets, y compris les nouveaux (%1)</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>Paquets et scopes&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>Paquets et scopes&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>Organisations&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>Utilisable depuis&#xa0;: toute adresse IP</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>Utilisable depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>Authentification à deux facteurs&#xa0;: contournée</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>Authentification à deux facteurs&#xa0;: requise pour publier</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>Révoquer le jeton npm «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>Tout ce qui l&apos;utilise encore (CI, un fichier .npmrc) cessera immédiatement de fonctionner. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>Supprimer aussi la %n ligne qui l&apos;utilise sur cet ordinateur (sauvegardée au préalable)</numerusform>
            <numerusform>Supprimer aussi les %n lignes qui l&apos;utilisent sur cet ordinateur (sauvegardées au préalable)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>Encore utilisé dans&#xa0;:</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>Ses lignes sur cet ordinateur n&apos;ont pas été supprimées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>%n ligne qui l&apos;utilisait supprimée&#x202f;; sauvegardes dans %1.</numerusform>
            <numerusform>%n lignes qui l&apos;utilisaient supprimées&#x202f;; sauvegardes dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>tous les paquets</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n paquet</numerusform>
            <numerusform>%n paquets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1 (organisation)</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>aucun paquet</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>Votre session npm sur %1 se termine dans %n minute. Reconnectez-vous pour continuer à travailler.</numerusform>
            <numerusform>Votre session npm sur %1 se termine dans %n minutes. Reconnectez-vous pour continuer à travailler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>TokenDesk conserve les sessions uniquement dans le trousseau du système, et celui-ci est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>Déverrouillez ou configurez le trousseau, puis reconnectez-vous. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>La connexion par mot de passe nécessite un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>Connectez-vous plutôt avec votre nom d&apos;utilisateur et votre mot de passe (pour tokendesk-cli&#xa0;: login --auth-type legacy).</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>La session n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>Vous n&apos;êtes pas connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Votre session sur %1 est terminée.</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>Vous êtes déconnecté de %1.</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>Votre session sur %1 n&apos;est pas dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>Paramètres de TokenDesk</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Avertir avant l&apos;expiration</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>Séparés par des virgules, par ex. 14d, 7d, 3d, 1d, 1h. TokenDesk avertit aussi quand un jeton a expiré.</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>&amp;Avertir avant l&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Effacer les jetons copiés après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>&amp;Démarrer TokenDesk dans la zone de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>Écrivez chaque avertissement sous la forme d&apos;un nombre suivi de d, h ou m, séparés par des virgules, par ex. 14d, 7d, 1h.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>Les exécutions de CI déjà en file d&apos;attente utilisent encore l&apos;ancien jeton&#xa0;: TokenDesk ne le révoque qu&apos;une fois ce délai écoulé après que chaque secret de CI contient le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>&amp;Révoquer l&apos;ancien jeton après&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>Services de C&amp;I</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>&amp;Surveillance des publications</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>Se connecter à un registre npm</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Adresse du registre</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Se connecter avec le &amp;navigateur (recommandé)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>Se connecter avec un nom d&apos;utilisateur et un &amp;mot de passe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>facultatif&#xa0;: demandé si nécessaire</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>La page de connexion s&apos;est ouverte dans votre navigateur. Connectez-vous-y&#x202f;; TokenDesk continuera de lui-même.
Si aucune page ne s&apos;est ouverte, rendez-vous sur&#xa0;: %1
En attente d&apos;approbation…</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>En attente de votre mot de passe à usage unique…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>Demande d&apos;une page de connexion à %1…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 ne propose pas la connexion par le navigateur. Saisissez plutôt votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;ier l&apos;adresse</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur et connectez-vous-y&#x202f;; TokenDesk continuera de lui-même&#xa0;:
%1
En attente d&apos;approbation…</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id doit être un UUID valide</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>Copiez l&apos;identifiant depuis «&#xa0;stage list&#xa0;», par exemple 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>Aucune version en attente avec l&apos;identifiant %1 ne se trouve sur le registre.</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>Elle a peut-être déjà été approuvée ou rejetée, ou vous n&apos;êtes pas autorisé à la voir. Exécutez «&#xa0;stage list&#xa0;» pour voir les versions en attente.</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>La version en attente %1 est encore en cours de validation par le registre et ne peut pas encore être approuvée.</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>Attendez quelques minutes que son état soit «&#xa0;staged&#xa0;», puis approuvez-la.</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>Le registre possède déjà cette version, publiée ou en attente (%1).</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>Rejetez cette version en attente, ou mettez en attente un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>Approuver ou rejeter une version en attente nécessite l&apos;authentification à deux facteurs sur votre compte npm.</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>Activez la 2FA dans les paramètres de votre compte npm, puis réessayez.</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>Le registre n&apos;autorise pas ce compte à approuver ou rejeter les versions en attente de ce paquet.</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>Les jetons de mise en attente uniquement et de publication de confiance ne peuvent pas approuver&#x202f;; connectez-vous en tant que mainteneur du paquet.</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>Connectez-vous à %1 en tant que %2 pour voir ses versions en attente.</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n version attend votre approbation.</numerusform>
            <numerusform>%n versions attendent votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>Aucune version n&apos;attend votre approbation.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>Approbation de %1 sur %n…</numerusform>
            <numerusform>Approbation de %1 sur %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>Rejet de %1 sur %n…</numerusform>
            <numerusform>Rejet de %1 sur %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>Sélectionnez une version en attente pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 n&apos;a encore aucune version&#xa0;: npm a créé cet espace réservé lors de la première mise en attente du paquet. Ce n&apos;est pas une version&#x202f;; approuvez la version en attente elle-même.</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>Cette version en attente a été rejetée.</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>Comparaison de %1 avec la dernière version…</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>Impossible de charger les modifications&#xa0;: %1 Sélectionnez à nouveau la version pour réessayer.</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>Approuver la version en attente</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>Approuver %1 %2&#x202f;?</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>Elle est publiée avec le tag «&#xa0;%1&#xa0;» et peut être installée immédiatement. Votre second facteur le confirme.</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>&amp;Approuver %1</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>Rejeter la version en attente</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>Rejeter %1 %2&#x202f;?</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>La version en attente et son archive sont supprimées du registre. Cette action est irréversible. Votre second facteur le confirme.</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>&amp;Rejeter %1</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>Dans l&apos;ordre des dépendances de l&apos;espace de travail %1&#xa0;:</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>Les plus anciennes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3 (tag %4)</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>Approuver les versions en attente</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>Approuver %n version en attente&#x202f;?</numerusform>
            <numerusform>Approuver %n versions en attente&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approuver %n</numerusform>
            <numerusform>&amp;Approuver %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>npm a créé cet espace réservé lors de la première mise en attente du paquet. Ce n&apos;est pas une version, et il ne peut pas être approuvé.</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>espace réservé, pas une version</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1 (automatisation de confiance)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>Approuvée (tag %1)</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>Rejetée et supprimée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>Non tentée (une précédente a échoué)</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>Pas une version</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>Validation par le registre</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>En attente de votre vérification</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
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
        <translation>Mise en attente par</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Date de mise en attente</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la vérification</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>Versions en attente</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>Modifications par rapport à la dernière version</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>Approuver la version en attente sélectionnée</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>Publier la version sélectionnée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>Rejeter la version en attente sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>Supprimer la version en attente sélectionnée (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>Approuver &amp;tout dans l&apos;ordre des dépendances…</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>Approuver toutes les versions en attente</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>Progression de l&apos;approbation groupée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 sur %n approuvée</numerusform>
            <numerusform>%1 sur %n approuvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>ajoutez un compte pour voir ses jetons</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>connectez-vous pour actualiser</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>connectez-vous pour voir vos jetons</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>TokenDesk n&apos;ouvre pas cette archive. Rejetez la version en attente, à moins de savoir pourquoi elle se présente ainsi.</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>L&apos;archive fait %1 Mo, plus que les %2 Mo que TokenDesk lit.</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>Ce n&apos;est pas une archive tar compressée avec gzip (%1).</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>L&apos;archive est endommagée ou n&apos;est pas une archive tar (%1).</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>L&apos;archive contient plus de %1 entrées.</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>L&apos;archive contient une entrée nommée «&#xa0;%1&#xa0;» qui pointe hors du dossier du paquet.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive fait %2 Mo, plus que les %3 Mo que TokenDesk lit pour un fichier.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de l&apos;archive ne peut pas être lue (%2).</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>L&apos;archive décompressée dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>TokenDesk ne peut pas ouvrir les archives tarball: %1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>Installez libarchive13 (sudo apt install libarchive13) ou réinstallez le paquet de TokenDesk, qui en dépend.</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>Chronologie des jetons</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1
Created: %2
Expires: %3 (%4)</source>
        <translation>%1
Créé&#xa0;: %2
Expire&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>Aucun jeton à afficher pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>mise en attente uniquement</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>publication (contourne la 2FA)</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>classique&#xa0;: publication</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>classique&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>classique&#xa0;: automatisation</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>session de connexion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été révoqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>«&#xa0;%1&#xa0;» a été révoqué.</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>Le secret de «&#xa0;%1&#xa0;» n&apos;a pas pu être lu depuis le trousseau&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» copié&#x202f;; le presse-papiers sera vidé dans %n&#xa0;s.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» copié&#x202f;; le presse-papiers sera vidé dans %n&#xa0;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>version de format inconnue</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>elle appartient à un autre compte</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>aucune heure de synchronisation valide</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>aucune liste de jetons</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>une entrée de jeton est endommagée</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>La liste de jetons enregistrée %1 est endommagée (%2)&#x202f;; elle a été conservée sous %3.</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>La liste de jetons enregistrée %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>Actualisez pour télécharger à nouveau la liste.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>Actions sur le jeton</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copier l&apos;&amp;identifiant</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>Afficher où il est &amp;utilisé</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>Le jeton a été créé, mais il n&apos;a pas pu être enregistré dans votre trousseau (%1). Copiez-le maintenant ou réessayez de l&apos;enregistrer&#xa0;: il ne sera plus affiché après la fermeture de cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>Un jeton est déjà en cours de création.</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>Saisissez votre mot de passe npm&#xa0;: npm le demande pour créer un jeton.</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>Il n&apos;y a aucun jeton à enregistrer.</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>Le registre demande un mot de passe à usage unique, mais la fenêtre qui a demandé ce jeton est fermée.</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>Créez à nouveau le jeton.</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>Re&amp;nouveler</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>Sélectionnez un jeton pour voir ses autorisations, ses scopes et où il est utilisé.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>tous les paquets</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquets et scopes</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Plages d&apos;adresses IP autorisées</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Contourne la 2FA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>jamais ou inconnue</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>dans votre trousseau</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>non enregistré par TokenDesk</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>pas encore analysé</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>Utilisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>Copier le jeton&#x202f;; le presse-papiers est vidé après 30 s</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>TokenDesk ne détient pas le secret de ce jeton</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>analyse en cours…</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>non utilisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>Dans la CI</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>Connecter un service de CI…</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>Dernières versions</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>Publier depuis la CI</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>Installer des paquets privés en CI</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>Publier depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>Lecture seule pendant %n jour&#xa0;: il peut installer vos paquets privés mais jamais publier, et les jetons en lecture seule n&apos;ont pas besoin de 2FA. Les jetons en lecture seule n&apos;ont pas de durée de vie maximale&#x202f;; TokenDesk vous prévient avant l&apos;expiration.</numerusform>
            <numerusform>Lecture seule pendant %n jours&#xa0;: il peut installer vos paquets privés mais jamais publier, et les jetons en lecture seule n&apos;ont pas besoin de 2FA. Les jetons en lecture seule n&apos;ont pas de durée de vie maximale&#x202f;; TokenDesk vous prévient avant l&apos;expiration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>Lecture et écriture pendant %n jour, la valeur par défaut de npm. Il ne contourne pas la 2FA&#xa0;: vous confirmez vous-même chaque publication, donc une copie volée ne peut pas publier seule.</numerusform>
            <numerusform>Lecture et écriture pendant %n jours, la valeur par défaut de npm. Il ne contourne pas la 2FA&#xa0;: vous confirmez vous-même chaque publication, donc une copie volée ne peut pas publier seule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>Choisissez vous-même chaque paramètre, en partant des valeurs par défaut de npm&#xa0;: lecture seule, %n jour.</numerusform>
            <numerusform>Choisissez vous-même chaque paramètre, en partant des valeurs par défaut de npm&#xa0;: lecture seule, %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>Choisissez une autorisation pour les paquets et scopes&#x202f;; «&#xa0;Aucun accès&#xa0;» n&apos;accorde rien.</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>Choisissez une autorisation pour les organisations&#x202f;; «&#xa0;Aucun accès&#xa0;» n&apos;accorde rien.</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>Utilisable depuis toute adresse IP&#xa0;: ajoutez une plage d&apos;adresses IP pour limiter où il fonctionne.</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>Peut publier votre paquet (%n), ainsi que de nouveaux paquets.</numerusform>
            <numerusform>Peut publier vos %n paquets, ainsi que de nouveaux paquets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>Peut mettre en attente des versions de votre paquet (%n), ainsi que de nouveaux paquets.</numerusform>
            <numerusform>Peut mettre en attente des versions de vos %n paquets, ainsi que de nouveaux paquets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>Expire dans %n jour&#xa0;: vous recevrez un rappel.</numerusform>
            <numerusform>Expire dans %n jours&#xa0;: vous recevrez un rappel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>Lecture et écriture (mise en attente uniquement) pendant %n jour&#xa0;: la CI met chaque version en attente sans 2FA, et vous l&apos;approuvez avec la 2FA avant sa mise en ligne. Cela continue de fonctionner après la fin de la publication directe avec des jetons chez npm en janvier 2027, et la durée de vie maximale autorisée signifie moins de renouvellements (TokenDesk vous prévient avant l&apos;expiration). Mieux encore, utilisez la publication de confiance&#xa0;: la CI n&apos;a alors besoin d&apos;aucun jeton.</numerusform>
            <numerusform>Lecture et écriture (mise en attente uniquement) pendant %n jours&#xa0;: la CI met chaque version en attente sans 2FA, et vous l&apos;approuvez avec la 2FA avant sa mise en ligne. Cela continue de fonctionner après la fin de la publication directe avec des jetons chez npm en janvier 2027, et la durée de vie maximale autorisée signifie moins de renouvellements (TokenDesk vous prévient avant l&apos;expiration). Mieux encore, utilisez la publication de confiance&#xa0;: la CI n&apos;a alors besoin d&apos;aucun jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>npm met fin à la publication directe avec des jetons contournant la 2FA en janvier 2027&#x202f;; le jour exact n&apos;est pas annoncé, et la documentation de npm le formule pour tout jeton qui publie directement. Après ce jour, ce jeton risque de ne plus pouvoir publier. Choisissez «&#xa0;Lecture et écriture (mise en attente uniquement)&#xa0;» pour mettre en attente des versions que vous approuvez avec la 2FA, ou utilisez la publication de confiance.</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>Peut publier tous les paquets de ce compte, y compris les nouveaux.</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>Peut mettre en attente des versions de tous les paquets de ce compte, y compris des nouveaux.</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>Peut publier %1.</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>Peut publier tous les paquets de %1, y compris les nouveaux.</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>Peut ajouter et retirer des membres et des équipes dans %1.</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>Contourne l&apos;authentification à deux facteurs&#xa0;: quiconque le détient peut publier sans code. npm prévoit de mettre fin à la publication avec de tels jetons en janvier 2027.</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>Définir l&apos;expiration du jeton</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>Ce registre n&apos;indique pas quand le jeton de %1 prend fin. Saisissez le dernier jour où il fonctionne (tel qu&apos;affiché là où vous l&apos;avez créé)&#xa0;: TokenDesk fera le décompte et vous avertira à temps.</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>Dernier jour de validité du jeton</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>À partir d&apos;aujourd&apos;hui&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>Le jeton n&apos;expire &amp;jamais</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>Le compte %1 ne figure plus dans TokenDesk.</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>Reconnectez-vous, puis définissez l&apos;expiration du jeton.</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>TokenDesk ne peut pas enregistrer cette expiration pour %1.</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>Les jetons de ce registre prennent fin à une date donnée&#x202f;; saisissez cette date.</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>aucune valeur ici</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>jeton npm</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>jeton classique (ancien format UUID)</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>espace réservé, pas un vrai jeton</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>autre identifiant</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Paquets et scopes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Contourne la 2FA</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>npm met fin à la publication directe avec des jetons en janvier 2027 (le jour exact n&apos;est pas annoncé). Passez les paquets de ce jeton à la publication de confiance ou à un jeton de mise en attente uniquement.</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>Met en attente des versions que vous approuvez avec la 2FA&#x202f;; continue de fonctionner après janvier 2027.</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>ne pourra plus publier en janvier 2027</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>mise en attente uniquement</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>Contourne l&apos;authentification à deux facteurs&#xa0;: quiconque le détient peut publier sans second facteur.</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>Cet identifiant concerne %1, pas le registre de ce compte.</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>La valeur est enregistrée dans le service de CI, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>La variable %1 n&apos;est pas définie ici.</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>Il s&apos;agit de l&apos;espace réservé d&apos;actions/setup-node, pas d&apos;un vrai jeton.</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>Un nom d&apos;utilisateur et un mot de passe, pas un jeton&#xa0;: rien à faire correspondre.</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>Le jeton a été révoqué ou a expiré.</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 jetons partagent la forme masquée %2&#x202f;; TokenDesk ne peut pas savoir duquel il s&apos;agit.</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>Identifié uniquement par sa forme masquée.</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>Ne fait pas partie des jetons de ce compte et n&apos;a pas été vérifié en ligne.</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>Le registre le rejette (401).</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>Il fonctionne (utilisateur %1) mais n&apos;est pas dans la liste des jetons de ce compte&#xa0;: un jeton de session ou le jeton d&apos;un autre compte.</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>Identifié par sa forme masquée&#x202f;; le registre n&apos;a pas pu le confirmer&#xa0;: %1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>Un certificat client dans des fichiers, pas un jeton&#xa0;: rien à faire correspondre.</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>Donnez un nom au jeton.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>Le nom peut comporter au plus %1 caractères (il en a %2).</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, des espaces, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>La description peut comporter au plus %1 caractères (elle en a %2).</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>La description ne peut contenir que des lettres, des chiffres, des espaces, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Choisissez une date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>Choisissez une date d&apos;expiration au moins un jour plus tard.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de paquet npm valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de nom après le «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» est un nom de paquet&#x202f;; un scope n&apos;a pas de «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas commencer par «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>«&#xa0;%1&#xa0;» doit être en minuscules.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des caractères compatibles avec les URL.</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>Saisissez un scope comme @acme.</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>Saisissez un nom d&apos;organisation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: saisissez l&apos;organisation sans «&#xa0;@&#xa0;».</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>La liste d&apos;autorisation CIDR ne peut contenir que des adresses IPv4, %1 est en IPv6</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>La liste d&apos;autorisation CIDR contient une entrée CIDR non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>Un jeton peut désigner au plus %1 paquets et scopes au total (celui-ci en a %2). Utilisez plutôt un scope ou tous les paquets.</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>Un jeton peut désigner au plus %1 organisations (celui-ci en a %2).</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>Vous devez donner à ce jeton l&apos;accès à au moins un paquet, un scope ou une organisation.</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>«&#xa0;Mise en attente uniquement&#xa0;» s&apos;applique aux paquets et scopes&#x202f;; pour les organisations, choisissez aucun accès, lecture seule ou lecture et écriture.</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>Le contournement de la 2FA ne s&apos;applique qu&apos;aux jetons qui peuvent écrire&#x202f;; un jeton en lecture seule ne demande jamais la 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>Valeur d&apos;expiration non valide. Les jetons en lecture-écriture ne peuvent être valides que %n jour au maximum.</numerusform>
            <numerusform>Valeur d&apos;expiration non valide. Les jetons en lecture-écriture ne peuvent être valides que %n jours au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>Un jeton doit être valide au moins %n jour.</numerusform>
            <numerusform>Un jeton doit être valide au moins %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>TokenDesk ne connaît pas le compte %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>La CI utilise le secret %1 (%2)</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
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
        <translation>&amp;Ouvrir TokenDesk</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n version attend votre approbation</numerusform>
            <numerusform>%n versions attendent votre approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk · %1</source>
        <translation>TokenDesk · %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Review staged releases</source>
        <translation>Vérifier les versions en attente</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrer</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>Remplacer ce jeton…</translation>
    </message>
</context>
<context>
    <name>td::TrustApplyPage</name>
    <message>
        <source>Applying</source>
        <translation>Application en cours</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>Progression par paquet</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>Aucun éditeur de confiance à créer.</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>Non connecté&#xa0;: aucun éditeur de confiance n&apos;a été créé.</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>%1 sur %2 vérifiés sur le registre.</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 n&apos;autorise que la mise en attente, mais %2 exécute npm publish&#xa0;: npm répondra «&#xa0;OIDC permission denied for this action&#xa0;». Changez l&apos;étape en npm stage publish (tokendesk-cli trust workflow --apply).</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 n&apos;autorise pas la mise en attente, mais %2 exécute npm stage publish. Autorisez-la (--allow-stage-publish) ou publiez directement.</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 exige l&apos;environnement «&#xa0;%2&#xa0;», mais aucun job de publication de %3 ne s&apos;y exécute, donc npm refusera le jeton du job. Définissez environment: %2 sur le job de publication, ou recréez la configuration avec l&apos;environnement du job.</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 autorise npm publish en direct&#xa0;: une version est publiée sans que personne ne l&apos;approuve. N&apos;autorisez que npm stage publish, sauf si vous avez besoin de la publication directe.</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 ne nomme aucun environnement&#xa0;: n&apos;importe quel job du workflow, sur n&apos;importe quelle branche, peut publier. Nommez un environnement protégé.</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 fait confiance au dépôt %2, mais package.json nomme %3.</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 fait confiance au propriétaire %2, mais package.json nomme %3.</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 nomme %2, qui n&apos;existe pas dans le dépôt&#xa0;: cette configuration ne peut pas publier, ou publiera depuis un fichier que quelqu&apos;un pourrait ajouter plus tard. Révoquez-la ou ajoutez le fichier.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>Première publication de %1&#x202f;; à révoquer une fois la publication de confiance configurée.</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>limité à %1</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>pour tous vos paquets, car %1 n&apos;a pas de scope&#x202f;; il ne vit qu&apos;un jour</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>Créer un jeton en écriture pour un jour, %1, sans contourner l&apos;authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>Publier chaque paquet une fois depuis cet ordinateur avec ce jeton (npm publish demande votre mot de passe à usage unique), afin que les noms existent sur %1.</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>Configurer la publication de confiance pour les nouveaux paquets et la vérifier.</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>Révoquer immédiatement le jeton d&apos;un jour.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>&amp;Publier pour moi</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>Je publierai une fois à la &amp;main</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>Première publication</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>npm ne peut faire confiance qu&apos;à des paquets qui existent déjà sur le registre.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>Étapes de la première publication</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>votre mot de passe npm (le registre le demande pour créer un jeton)</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>Mot de passe npm</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 n&apos;existe pas encore sur le registre, et npm n&apos;accepte un éditeur de confiance que pour un paquet existant. TokenDesk peut le publier une fois pour vous, en toute sécurité&#xa0;: chaque étape ci-dessous affiche son état, et le jeton est révoqué à la fin quoi qu&apos;il arrive.</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>Non connecté&#xa0;: TokenDesk ne peut pas publier pour vous. Publiez une fois à la main, puis relancez cet assistant.</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>Saisissez d&apos;abord votre mot de passe npm&#xa0;: la création d&apos;un jeton le demande.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>Publiez vous-même chaque paquet une fois, depuis son dossier, connecté avec npm login&#xa0;:</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>Relancez ensuite cet assistant&#xa0;: il configurera la publication de confiance pour eux.</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>Arrêt&#x202f;; révocation du jeton…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>&amp;Verrouiller&#xa0;: exiger la 2FA et interdire les jetons</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>&amp;Nettoyer les jetons de publication…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>La publication de confiance est configurée et vérifiée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>le fichier de CI</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>Verrouillage…</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>Verrouillage terminé.</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>Vérifier les &amp;dernières versions</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>Non configuré&#xa0;: %1 (voir les pages précédentes).</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>Pas encore publié&#xa0;: %1. Publiez une fois, puis relancez cet assistant.</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>Étapes suivantes&#xa0;: validez (commit) et poussez %1, puis lancez le workflow. Ensuite, vérifiez les dernières versions, verrouillez les paquets pour que seule la publication de confiance puisse publier, et révoquez les jetons de publication dont la CI n&apos;a plus besoin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>Le verrouillage est proposé dès que %1 contient le workflow de publication de confiance&#xa0;: écrivez-le sur la page du workflow, ou modifiez-le à la main et relancez cet assistant.</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>Verrouiller</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>Verrouiller %n paquet&#x202f;?</numerusform>
            <numerusform>Verrouiller %n paquets&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>Pour %1, la publication exigera l&apos;authentification à deux facteurs et le registre refusera tout jeton, classique ou granulaire&#xa0;: seul le workflow de publication de confiance de %2 pourra publier. Les jobs de CI et les ordinateurs qui publient encore avec un jeton échoueront. Vous pouvez annuler ce réglage dans les paramètres de chaque paquet sur le registre.</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1&#xa0;: vérification de la dernière version…</translation>
    </message>
    <message>
        <source>%1@%2: %3</source>
        <translation>%1@%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>td::TrustEntity</name>
    <message>
        <source>GitHub repository</source>
        <translation>dépôt GitHub</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>projet GitLab</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>Le dépôt indiqué dans package.json n&apos;est pas un %1 (%2).</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>Indiquez le %1 avec %2.</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>Le dépôt indiqué dans package.json (%1) diffère du %2 fourni (%3).</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>Le %1 doit être indiqué avec %2 ou déduit du champ repository de package.json.</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>Le %1 doit être indiqué avec %2.</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>Choisissez le dossier du dépôt dont la CI doit publier les paquets.</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>Aucun package.json publiable n&apos;a été trouvé dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>Cochez les paquets que la CI doit publier par publication de confiance.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>Sur le registre</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>Non connecté&#xa0;: l&apos;état du registre ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>Pas encore publié&#xa0;: nécessite une première publication (amorçage)</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>Publié&#x202f;; aucun éditeur de confiance</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>Publié&#x202f;; %n éditeur de confiance configuré</numerusform>
            <numerusform>Publié&#x202f;; %n éditeurs de confiance configurés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>Impossible de lire le registre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>Le nom du fichier de workflow est manquant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>«&#xa0;%1&#xa0;» est un chemin&#x202f;; npm n&apos;a besoin que du nom du fichier (par exemple publish.yml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .yml ou .yaml.</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 n&apos;a pas de champ «&#xa0;repository&#xa0;»&#x202f;; npm refuse la provenance sans repository.url correspondant.</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>Le dépôt de %1 («&#xa0;%2&#xa0;») n&apos;est pas une URL que TokenDesk comprend.</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>Le dépôt de %1 est %2, mais le dépôt distant git est %3 (sensible à la casse).</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 se trouve dans %2, mais son repository.directory est «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>Le registre n&apos;a pas pu être lu pour ce paquet (%1). Revenez à la page des paquets pour le relire.</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 a déjà %2 éditeurs de confiance, le maximum autorisé par npm, et aucun ne correspond à ce dépôt. Supprimez-en d&apos;abord un (tokendesk-cli trust list %1, puis trust revoke %1 --id &lt;id&gt;).</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>&amp;Mettre une publication en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>Où s&apos;exécute la CI. Les détails proviennent du dépôt distant git&#x202f;; npm les compare exactement, casse comprise.</translation>
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
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>Chemin du &amp;dépôt / projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>Fichier de &amp;workflow / CI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>Actions autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>Indiquez le chemin sous la forme propriétaire/dépôt et autorisez au moins une action.</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>Publier &amp;directement (npm publish)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>La publication de confiance pourra encore publier directement après l&apos;échéance de npm de janvier 2027, mais chaque version sera alors publiée sans que personne ne l&apos;approuve.</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>Ce que fera «&#xa0;Appliquer&#xa0;». Le registre demande votre second facteur une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Écrire %1.</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1&#xa0;: créer l&apos;éditeur de confiance.</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1&#xa0;: remplacer l&apos;éditeur de confiance différent.</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1&#xa0;: déjà configuré&#x202f;; rien à faire.</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1&#xa0;: pas encore publié. npm ne fait confiance qu&apos;aux paquets existants&#xa0;: après «&#xa0;Appliquer&#xa0;», la page suivante le publie une fois (avec un jeton d&apos;un jour limité à son scope, révoqué juste après), puis configure la publication de confiance.</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1&#xa0;: pas de place pour un autre éditeur de confiance&#x202f;; rien n&apos;est envoyé.</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>Suppression de l&apos;ancienne configuration</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>Création de la configuration de confiance</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>Débit limité par le registre, en attente</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>Configuré et vérifié</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>Le registre contient une configuration différente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>Le registre a répondu à la demande d&apos;éditeur de confiance pour %1 sans la configuration qu&apos;il aurait dû renvoyer&#x202f;; on ne sait donc pas si un éditeur a été créé.</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>Listez les éditeurs de confiance du paquet, puis réessayez.</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>Le nouvel éditeur de confiance de %1 est en place, mais l&apos;ancien (%2) n&apos;a pas pu être supprimé&#xa0;: %3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>Supprimez-le avec «&#xa0;tokendesk-cli trust revoke %1 --id %2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 %2 sur npm contre %3 dans le dépôt&#xa0;: ils ne diffèrent que par la casse, et npm est sensible à la casse.</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 vaut %2 sur npm, mais le dépôt nécessite %3.</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1&#xa0;: aucun éditeur de confiance de ce type n&apos;est configuré sur npm.</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1&#xa0;: l&apos;éditeur de confiance correspond au dépôt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1&#xa0;: %n champ diffère du dépôt.</numerusform>
            <numerusform>%1&#xa0;: %n champs diffèrent du dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>fichier de workflow</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>espace de noms</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>fichier de CI</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>identifiant d&apos;organisation</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>identifiant de projet</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>identifiant de définition de pipeline</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>origine VCS</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>identifiants de contexte</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>actions autorisées</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>les actions autorisées sur npm sont %1, mais le workflow nécessite %2.</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>Aucune version publiée à vérifier.</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 a été publié par publication de confiance.</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 a une provenance mais a été publié avec un jeton, pas par publication de confiance&#xa0;: l&apos;échange OIDC a échoué et npm s&apos;est rabattu sur un jeton configuré.</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 provient d&apos;un jeton ou d&apos;une publication manuelle, pas de la publication de confiance.</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>Configurer la publication de confiance</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>É&amp;crire cette modification lors de l&apos;application</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>La modification de CI dont la publication de confiance a besoin. Rien n&apos;est écrit avant «&#xa0;Appliquer&#xa0;».</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 contient déjà ce dont la publication de confiance a besoin.</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>Nouveau fichier %1.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Modifications de %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>Code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>En attente d&apos;approbation…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>&amp;Rouvrir la page</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>Saisissez le mot de passe à usage unique de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>Connectez-vous dans votre navigateur</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>Approuvez dans votre navigateur</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>La page de connexion du registre s&apos;est ouverte dans votre navigateur. Connectez-vous-y&#x202f;; TokenDesk continuera de lui-même.</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>La page d&apos;approbation du registre s&apos;est ouverte dans votre navigateur. Approuvez-y la demande&#x202f;; TokenDesk continuera de lui-même.</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>Si aucune page ne s&apos;est ouverte, rendez-vous sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Cochez «&#xa0;Skip two-factor authentication for the next 5 minutes&#xa0;» sur cette page&#xa0;: cette seule approbation couvrira alors toutes les modifications de ce lot.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Cop&amp;ier l&apos;adresse</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur et connectez-vous-y&#x202f;; TokenDesk continuera de lui-même.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur et approuvez-y&#x202f;; TokenDesk continuera de lui-même.</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>Choisissez un fichier .npmrc.</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>Il n&apos;y a aucun jeton à écrire.</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>La ligne du jeton n&apos;a pas pu être ajoutée à %1.</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPage</name>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>How often the watch reads each of your packages from the registry. Never below 5 minutes.</source>
        <translation>Fréquence à laquelle la surveillance lit chacun de vos paquets dans le registre. Jamais moins de 5 minutes.</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>&amp;Vérifier chaque paquet toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>Budget de requêtes par heure</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>Budget de requêtes par heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>&amp;Paquets non surveillés&#xa0;:</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>Paquets non surveillés</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n paquet surveillé.</numerusform>
            <numerusform>%n paquets surveillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>Prévu&#xa0;: %n requête par heure.</numerusform>
            <numerusform>Prévu&#xa0;: %n requêtes par heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>Dernière heure&#xa0;: %n requête, %1 reçus.</numerusform>
            <numerusform>Dernière heure&#xa0;: %n requêtes, %1 reçus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>Le registre a demandé d&apos;attendre&#xa0;: pause jusqu&apos;à %1.</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>La surveillance ne lit jamais un paquet plus souvent que toutes les %n minute (la durée de cache du registre)&#xa0;: elle utilisera %n.</numerusform>
            <numerusform>La surveillance ne lit jamais un paquet plus souvent que toutes les %n minutes (la durée de cache du registre)&#xa0;: elle utilisera %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>La surveillance des publications n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>Aucun&#xa0;: tous les paquets sont surveillés.</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>L&apos;attente de l&apos;approbation dans le navigateur a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>L&apos;approbation dans le navigateur n&apos;est pas arrivée dans le délai de %n minute.</numerusform>
            <numerusform>L&apos;approbation dans le navigateur n&apos;est pas arrivée dans le délai de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>Recommencez et approuvez la demande dans le navigateur.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>Le registre a donné une réponse inattendue (HTTP %1) pendant l&apos;attente de l&apos;approbation dans le navigateur.</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>L&apos;approbation dans le navigateur a été refusée, ou a expiré avant d&apos;être terminée.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 n&apos;est pas du YAML valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>Le job «&#xa0;%1&#xa0;» s&apos;exécute sans contexte dans chaque workflow qui l&apos;utilise. CircleCI ne délivre de jetons OIDC qu&apos;aux jobs qui s&apos;exécutent avec au moins un contexte.</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>Dans le workflow, ajoutez un contexte au job, par exemple&#xa0;:
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie mais ne définit jamais NPM_ID_TOKEN avec l&apos;audience npm&#x202f;; npm n&apos;a donc pas de jeton OIDC.</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>Avant la publication, exécutez&#xa0;:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie mais n&apos;a pas la permission «&#xa0;id-token: write&#xa0;»&#x202f;; npm ne peut donc pas obtenir de jeton OIDC et échoue avec ENEEDAUTH ou E404.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>Ajoutez au job «&#xa0;%1&#xa0;»&#xa0;:
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>actions/setup-node avec registry-url écrit un .npmrc qui lit NODE_AUTH_TOKEN&#x202f;; quand cette variable n&apos;est pas définie, le jeton est l&apos;espace réservé XXXXX-XXXXX-XXXXX-XXXXX, et npm l&apos;envoie au lieu d&apos;utiliser la publication de confiance (un E404 trompeur).</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>Retirez la ligne registry-url de l&apos;étape setup-node.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>Ajoutez au job «&#xa0;%1&#xa0;»&#xa0;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>NPM_ID_TOKEN dans le job «&#xa0;%1&#xa0;» n&apos;a pas l&apos;audience «&#xa0;npm:registry.npmjs.org&#xa0;»&#x202f;; le registre le refuse donc.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>Le job «&#xa0;%1&#xa0;» demande un jeton d&apos;identité npm sous le nom %2, mais npm ne lit que NPM_ID_TOKEN.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>Le job «&#xa0;%1&#xa0;» publie mais ne déclare pas de NPM_ID_TOKEN dans id_tokens&#x202f;; npm n&apos;a donc pas de jeton OIDC et échoue avec ENEEDAUTH ou E404.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>Le job «&#xa0;%1&#xa0;» ne déclare pas de SIGSTORE_ID_TOKEN (audience «&#xa0;sigstore&#xa0;»)&#x202f;; aucune provenance n&apos;est donc publiée.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>Le job «&#xa0;%1&#xa0;» appelle le workflow de publication %2 sans accorder «&#xa0;id-token: write&#xa0;»&#x202f;; un workflow appelé ne peut pas avoir plus de permissions que son appelant.</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 est un workflow réutilisable. npm vérifie le nom du workflow appelant&#xa0;: l&apos;éditeur de confiance doit donc indiquer %2, et non %1.</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>Utilisez %1 comme nom de fichier de workflow dans la configuration de confiance.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>Étape setup-node avec Node 24 ajoutée au job «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>«&#xa0;npm install -g npm@latest&#xa0;» ajouté avant la publication dans le job «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>npm@%1 remplacé par npm@latest dans le job «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>«&#xa0;id-token: write&#xa0;» accordé au job «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>Node 24 défini dans le job «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>registry-url retiré de setup-node dans le job «&#xa0;%1&#xa0;» (son jeton d&apos;espace réservé masque la publication de confiance)</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>Node %1 remplacé par 24 dans le job «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>%1 retiré du job «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>Nouveau workflow %1 qui publie par publication de confiance</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>Job publish-npm avec NPM_ID_TOKEN ajouté à %1</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>%1 a changé depuis la proposition&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>Vérifiez à nouveau la proposition.</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>%1 ne peut pas être modifié sans risque&#xa0;: après les modifications, ce ne serait plus du YAML valide&#x202f;; rien n&apos;a donc été modifié. Vérifiez ses guillemets et son indentation, ou faites les modifications à la main.</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm publie directement et ne peut pas mettre en attente&#xa0;: définissez npmPublish sur false et ajoutez ensuite une étape qui exécute npm stage publish.</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish effectue une publication directe et ne peut pas mettre en attente&#xa0;: laissez-le attribuer les versions des paquets, puis exécutez npm stage publish dans chaque paquet modifié.</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish ne peut pas mettre en attente&#xa0;: exécutez lerna version, puis npm stage publish dans chaque paquet modifié.</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 n&apos;a pas de publication avec mise en attente&#xa0;: exécutez plutôt npm stage publish dans chaque dossier de paquet (il publie le même package.json).</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>La ligne %1 publie avec %2, qui ne peut pas mettre une version en attente&#x202f;; TokenDesk l&apos;a donc laissée inchangée.</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>La ligne %1 publie via npm sous une forme que TokenDesk ne réécrit pas.</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>Changez-la à la main en npm stage publish (pour un script de paquet, dans package.json).</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>%1 ne peut pas être modifié sans risque&#xa0;: après les modifications, ce ne serait plus du YAML valide, donc rien n&apos;a été modifié. Changez npm publish en npm stage publish à la main.</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>npm publish changé en npm stage publish sur %n ligne (%1)&#xa0;: les versions attendent l&apos;approbation d&apos;un mainteneur avec l&apos;authentification à deux facteurs.</numerusform>
            <numerusform>npm publish changé en npm stage publish sur %n lignes (%1)&#xa0;: les versions attendent l&apos;approbation d&apos;un mainteneur avec l&apos;authentification à deux facteurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;tokendesk-cli --help&#xa0;» pour la liste des options.</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1&#xa0;: option inconnue «&#xa0;%2&#xa0;». Lancez «&#xa0;tokendesk-cli %1 --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>se connecter à GitHub, GitLab ou CircleCI pour que le renouvellement mette à jour leurs secrets</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci nécessite une sous-commande&#xa0;: login, status, logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>sous-commande ci inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: login, status, logout)</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login nécessite le service&#xa0;: github, gitlab ou circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL d&apos;API&#x202f;; utilisez la forme https://hote/chemin</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh réutilise la connexion de la CLI GitHub&#x202f;; cela ne fonctionne que pour github</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>les jetons ne sont jamais pris dans les arguments&#x202f;; transmettez-le par un tube et utilisez --with-token</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour ci login</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>CircleCI n&apos;a pas de connexion pour les autres applications&#xa0;: créez un jeton d&apos;API personnel dans CircleCI (User Settings &gt; Personal API Tokens), puis transmettez-le par un tube&#xa0;: tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>aucun jeton %1 n&apos;a été fourni&#x202f;; transmettez-le sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>cette version ne peut pas encore communiquer avec %1</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 n&apos;a pas accepté le jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>Connecté à %1 (%2) en tant que %3.</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>la CLI GitHub (gh) est introuvable&#x202f;; installez-la et lancez «&#xa0;gh auth login&#xa0;», ou transmettez un jeton par un tube avec --with-token</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>«&#xa0;gh auth token&#xa0;» a échoué (gh est-il connecté&#x202f;? lancez «&#xa0;gh auth login&#xa0;»), ou transmettez un jeton par un tube avec --with-token</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>Utilisation de la connexion de la CLI GitHub. Ses scopes par défaut couvrent les secrets de dépôt et d&apos;environnement&#x202f;; pour les secrets d&apos;organisation, lancez d&apos;abord «&#xa0;gh auth refresh -s admin:org&#xa0;».</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>Ouvrez %1 et saisissez le code %2</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>En attente de l&apos;approbation...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour ci logout</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout nécessite le service&#xa0;: github, gitlab ou circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>non connecté à %1 pour %2</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>Déconnecté de %1 (%2)&#x202f;; ses identifiants ont été retirés du trousseau.</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» pour ci status</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>Aucun service de CI connecté&#xa0;: tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>CONNECTÉ EN TANT QUE</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>SECRET DE CI</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>CONTIENT</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry nécessite une URL, par exemple --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de registre&#x202f;; utilisez la forme https://hôte/</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;tokendesk-cli --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>Gérer les jetons d&apos;accès npm, les sessions et la publication de confiance depuis un terminal.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par une machine</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>(aucune pour l&apos;instant dans cette version)</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>Les secrets sont lus sur l&apos;entrée standard (--password-stdin), jamais dans les arguments.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout nécessite un nombre de secondes entre 1 et 3600, par exemple --timeout 120</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>abandonner une requête au registre après ce délai (60 par défaut)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: tokendesk-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>Options globales (avant ou après la commande, comme avec npm)&#xa0;:</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>registre à utiliser (par défaut&#xa0;: celui configuré pour npm&#xa0;: npm_config_registry, le .npmrc du projet, celui de l&apos;utilisateur, le npmrc global&#x202f;; sinon https://registry.npmjs.org/)</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>fichier de configuration utilisateur de npm à la place de ~/.npmrc</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>afficher cette aide, ou celle d&apos;une commande</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de registre (%2 dans %3)&#x202f;; utilisez la forme https://hôte/</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>identifiants des jetons depuis le cache local, pour la complétion du shell (sans réseau)</translation>
    </message>
    <message>
        <source>usage: tokendesk-cli completion-ids tokens</source>
        <translation>utilisation&#xa0;: tokendesk-cli completion-ids tokens</translation>
    </message>
</context>
<context>
    <name>td::cli::DiagnoseCommand</name>
    <message>
        <source>explain a failed CI publish log: likely causes and fixes (diagnose &lt;file|-&gt;)</source>
        <translation>expliquer le journal d&apos;une publication en CI qui a échoué&#xa0;: causes probables et corrections (diagnose &lt;file|-&gt;)</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose prend un argument&#xa0;: un fichier journal, ou - pour lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(ligne %1 du journal)</translation>
    </message>
</context>
<context>
    <name>td::cli::Doctor</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message>
        <source>find every npm token on this machine and check it</source>
        <translation>trouver chaque jeton npm sur cet ordinateur et le vérifier</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>CORRESPONDANCE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>Aucun identifiant npm trouvé.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>%n jeton utilisé demande votre attention (classique, mort ou expirant bientôt). Lancez «&#xa0;tokendesk-cli migrate&#xa0;» pour voir le plan.</numerusform>
            <numerusform>%n jetons utilisés demandent votre attention (classiques, morts ou expirant bientôt). Lancez «&#xa0;tokendesk-cli migrate&#xa0;» pour voir le plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor&#xa0;: le dossier de projet %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>répondre à une version compromise&#xa0;: vérifier cet ordinateur, puis exiger la 2FA, révoquer les jetons, ramener les tags et marquer comme obsolète</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown a besoin d&apos;un paquet, par exemple&#xa0;: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip&#xa0;: étape inconnue «&#xa0;%1&#xa0;» (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown&#xa0;: impossible de lire les données de confiance %1 (un fichier trusted_root.json de 4 Mio au plus)</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>Plan du verrouillage d&apos;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>Rien à modifier&#xa0;: aucune étape cochée ne s&apos;applique.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>Arrêté avant toute modification&#xa0;: cet ordinateur présente un mécanisme de persistance d&apos;un ver. Un chien de garde peut effacer votre dossier personnel dès que le jeton volé cesse de fonctionner&#xa0;: neutralisez-le donc d&apos;abord, puis relancez le verrouillage d&apos;urgence.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli&#xa0;: le rapport d&apos;incident n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Rapport d&apos;incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>Signalez le logiciel malveillant à npm&#xa0;: %1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume reprend le verrouillage d&apos;urgence inachevé : n&apos;indiquez aucun paquet</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>il n&apos;y a aucun verrouillage d&apos;urgence inachevé à reprendre</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>Remarque : un verrouillage d&apos;urgence précédent (%1) s&apos;est arrêté avant la fin. Celui-ci repart d&apos;un nouveau plan fondé sur l&apos;état du registre ; &apos;tokendesk-cli lockdown --resume&apos; reprendrait plutôt le plan précédent.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli&#xa0;: le verrouillage d&apos;urgence s&apos;est arrêté à une étape qui a échoué&#x202f;; les étapes suivantes n&apos;ont pas été exécutées. Lancez &apos;tokendesk-cli lockdown --resume&apos; pour la réessayer et continuer.</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>Cette opération nécessite un mot de passe à usage unique, et aucun terminal ne permet de le demander.</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>Relancez-la avec --otp CODE.</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>Saisissez l&apos;OTP&#xa0;: </translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>Aucun mot de passe à usage unique n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>Ouvrez cette page pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>Approuvez cette opération dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>En attente de l&apos;approbation… (Ctrl+C pour annuler)</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Cochez «&#xa0;Skip two-factor authentication for the next 5 minutes&#xa0;» sur cette page&#xa0;: cette seule approbation couvrira alors toutes les modifications de ce lot.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>se connecter au registre (navigateur, ou nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>les mots de passe ne sont jamais pris dans les arguments&#x202f;; transmettez-le par un tube et utilisez --password-stdin</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type doit valoir «&#xa0;web&#xa0;» ou «&#xa0;legacy&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>la connexion legacy nécessite --username NOM et le mot de passe sur l&apos;entrée standard (--password-stdin)</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>Connecté à %1 en tant que %2&#x202f;; %3.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Vous n&apos;êtes pas connecté à %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>Lancez d&apos;abord «&#xa0;tokendesk-cli login&#xa0;».</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>Lancez «&#xa0;tokendesk-cli login&#xa0;» pour vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>terminer la session et la retirer du trousseau</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout ne prend aucun argument</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Déconnecté de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>les mots de passe ne sont jamais pris dans les arguments&#x202f;; transmettez-le par un tube et utilisez --password-stdin</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace attend le nombre de minutes pendant lesquelles l&apos;ancien jeton est conservé après la mise à jour des secrets de CI, par exemple --grace 10 (0 autorisé)</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>planifier (ou exécuter avec --apply) l&apos;abandon des jetons classiques et de longue durée</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>UTILISÉ DANS</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>ligne %1&#xa0;: %2 — choix&#xa0;: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>Aucun jeton utilisé&#xa0;: rien à migrer.</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose attend LIGNE=ACTION, par exemple 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>aucune migration interrompue à reprendre ou à restaurer</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>la ligne %1 ne peut pas être «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>la création des jetons de remplacement nécessite votre mot de passe npm&#x202f;; transmettez-le par un tube et utilisez --password-stdin</translation>
    </message>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>aucune migration n&apos;attend de confirmation</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>aucune ligne de la dernière migration n&apos;attend de confirmation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ligne en attente de confirmation (en attente&#xa0;: %2)</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>révocation en attente&#xa0;: réessayez</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>Aucun jeton utilisé dans les fichiers que TokenDesk a pu lire&#x202f;; corrigez les avertissements ci-dessus et relancez le plan.</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>rien à restaurer&#xa0;: les nouveaux jetons sont vérifiés et utilisés&#x202f;; lancez «&#xa0;tokendesk-cli migrate --resume&#xa0;» pour réessayer de révoquer les anciens</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>une migration interrompue a été trouvée (%1)&#x202f;; lancez «&#xa0;tokendesk-cli migrate --resume&#xa0;» pour la terminer ou «&#xa0;tokendesk-cli migrate --rollback&#xa0;» pour l&apos;annuler</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to accepte «&#xa0;stage-only&#xa0;» (remplace chaque jeton de publication directe utilisé par un jeton de mise en attente uniquement)</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>aucun jeton de publication directe n&apos;est utilisé ici&#xa0;: rien à remplacer par un jeton de mise en attente uniquement</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>indiquez une option parmi --apply, --resume, --rollback et --confirm</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>ancien jeton conservé jusqu&apos;à ce que vous mettiez à jour les emplacements ci-dessous&#x202f;; lancez ensuite «&#xa0;tokendesk-cli migrate --confirm %1&#xa0;»</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>affichez-le avec&#xa0;: secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>La ligne %1 (%2) vous attend&#xa0;:</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>Ensuite&#xa0;: tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>la migration s&apos;est arrêtée&#xa0;: %1 Lancez «&#xa0;tokendesk-cli migrate --resume&#xa0;» une fois la cause corrigée, ou «&#xa0;tokendesk-cli migrate --rollback&#xa0;» pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>la ligne %1 (%2) n&apos;a pas été migrée, son ancien jeton fonctionne toujours&#xa0;: %3 Corrigez la cause et réessayez.</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>ligne %1&#xa0;: le nouveau jeton est utilisé, mais la révocation de l&apos;ancien jeton %2 a échoué (%3)&#x202f;; lancez «&#xa0;tokendesk-cli migrate --resume&#xa0;» pour réessayer</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>ligne %1&#xa0;: l&apos;ancien jeton reste valide jusqu&apos;à %2 (les exécutions déjà en file d&apos;attente gardent l&apos;ancienne valeur)&#x202f;; il est alors révoqué. Ctrl-C est sans danger&#xa0;: «&#xa0;tokendesk-cli migrate --resume&#xa0;» termine l&apos;opération.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>ligne %1&#xa0;: %2 contient ce jeton&#x202f;; il recevra le nouveau</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>envoi du nouveau jeton à %1</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>envoyé à %1</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>vérifié&#xa0;: %1 contient le nouveau jeton</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>placez le nouveau jeton dans %1 (%2), ou connectez-vous&#xa0;: tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>, attestée</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>PUBLIÉ VIA</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>DERNIÈRE VERSION</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>Aucun paquet à publier sur ce compte.</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>Solution (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Non connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>Non connu pour aucun paquet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n paquet menacé en janvier 2027 (aucun jour exact n&apos;est annoncé).</numerusform>
            <numerusform>%n paquets menacés en janvier 2027 (aucun jour exact n&apos;est annoncé).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>la voie de publication de chaque paquet et son verdict pour janvier 2027</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing&#xa0;: le dossier de projet %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::RunCommand</name>
    <message>
        <source>run a command with a stored token in NODE_AUTH_TOKEN / NPM_TOKEN</source>
        <translation>exécuter une commande avec un jeton enregistré dans NODE_AUTH_TOKEN / NPM_TOKEN</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token nécessite un identifiant de jeton (voir «&#xa0;tokendesk-cli token list&#xa0;»)</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run nécessite une commande&#xa0;: tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 n&apos;a aucun jeton actif. Créez-en un avec «&#xa0;tokendesk-cli token create&#xa0;».</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>aucun des jetons actifs de %1 n&apos;est dans ce trousseau. Créez-en un avec «&#xa0;tokendesk-cli token create&#xa0;», ou choisissez-en un avec --token.</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>le jeton «&#xa0;%1&#xa0;» (%2) n&apos;est pas dans ce trousseau&#xa0;: son secret n&apos;y a jamais été enregistré.</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run&#xa0;: impossible de lancer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run&#xa0;: «&#xa0;%1&#xa0;» s&apos;est terminé anormalement</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>lister, afficher, comparer, télécharger, approuver et rejeter les versions en attente</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage nécessite une sous-commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>sous-commande de stage inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>&lt;stage-id&gt; requis manquant</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>approuver des versions en attente, ce qui les publie (npm stage approve)</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>rejeter des versions en attente, ce qui les supprime (npm stage reject)</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type vaut web ou legacy</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>&lt;stage-id&gt; requis manquant (ou --all pour toutes les versions en attente)</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>Indiquez des identifiants de mise en attente ou --all, pas les deux</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package ne s&apos;utilise qu&apos;avec --all</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>%1 (%2) ignorée&#xa0;: encore en cours de validation par le registre.</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>Dans l&apos;ordre des dépendances de l&apos;espace de travail situé dans %1.</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>Le rejet supprimera définitivement du registre cet enregistrement de publication en attente et son archive.</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>Chaque version en attente nécessite sa propre approbation dans le navigateur («&#xa0;skip 2FA for 5 minutes&#xa0;» de npm ne les couvre pas)&#x202f;; avec --otp CODE, un seul code sert pour toutes tant qu&apos;il est valide.</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>Approbation du paquet en attente %1</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>Rejet du paquet en attente %1</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>Non tentées après l&apos;échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>comparer une version en attente avec la dernière version publiée</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>enregistrer une archive en attente dans le dossier courant (npm stage download)</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>Impossible de lire package.json dans l&apos;archive</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>paquet&#xa0;: %1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>total des fichiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>lister les versions en attente que vous pouvez voir (npm stage list)</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>Les indications de version ne sont pas prises en charge pour lister les paquets en attente</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli&#xa0;: non listé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>afficher une version en attente (npm stage view)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token nécessite une sous-commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>sous-commande de token inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>lister, créer, renouveler et révoquer des jetons d&apos;accès</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password&#xa0;: les mots de passe ne sont jamais pris dans les arguments&#x202f;; transmettez-le par un tube et utilisez --password-stdin</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de jours</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 doit valoir l&apos;une des valeurs %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>tous les paquets</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>organisations %1 (%2)</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>Jeton %1 créé</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  nom&#xa0;:           %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  clé&#xa0;:           %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  droits&#xa0;:        %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  depuis les IP&#xa0;: %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  contourne la 2FA</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  expire&#xa0;:        %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>Enregistré dans votre trousseau&#x202f;; «&#xa0;tokendesk-cli run -- &lt;command&gt;&#xa0;» l&apos;utilise.</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>avertissement&#xa0;: le jeton a été créé mais n&apos;a pas pu être enregistré dans votre trousseau (%1). Copiez-le maintenant&#xa0;: il n&apos;est affiché que cette fois.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>créer un jeton granulaire avec les options de npm&#x202f;; il est placé dans votre trousseau</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create nécessite votre mot de passe npm&#xa0;: transmettez-le sur l&apos;entrée standard et ajoutez --password-stdin</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin&#xa0;: l&apos;entrée standard ne contenait aucun mot de passe</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Mot de passe incorrect ou manquant.</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>Votre session est toujours valide&#x202f;; vérifiez le mot de passe et réessayez.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>lister tous les jetons du compte connecté</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré il y a %1</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list&#xa0;: argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (révoqué)</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>Aucun jeton. (Les sessions issues de login ne sont jamais listées.)</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>Ce registre n&apos;indique pas l&apos;expiration des jetons.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>révoquer des jetons par identifiant (un préfixe de clé unique, comme dans «&#xa0;token list&#xa0;»)</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>L&apos;identifiant de jeton «&#xa0;%1&#xa0;» était ambigu&#x202f;; un nouveau jeton a peut-être été créé depuis votre dernière exécution de `tokendesk-cli token list`.</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>Identifiant ou valeur de jeton inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke nécessite l&apos;identifiant d&apos;un jeton&#x202f;; «&#xa0;tokendesk-cli token list&#xa0;» les affiche</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>Jetons supprimés avant cet échec&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>%n jeton supprimé</numerusform>
            <numerusform>%n jetons supprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>remplacer un jeton par un nouveau avec les mêmes droits, et mettre à jour ses utilisations</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate nécessite un identifiant de jeton (tel que «&#xa0;token list&#xa0;» l&apos;affiche)</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>la création du nouveau jeton nécessite votre mot de passe npm&#x202f;; transmettez-le par un tube et utilisez --password-stdin</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>une migration interrompue a été trouvée&#x202f;; lancez d&apos;abord «&#xa0;tokendesk-cli migrate --resume&#xa0;» ou «&#xa0;--rollback&#xa0;»</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>aucun jeton actif n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>«&#xa0;%1&#xa0;» correspond à %2 jetons&#x202f;; indiquez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>Renouvellement de «&#xa0;%1&#xa0;» (%2)&#xa0;: %n référence à mettre à jour.</numerusform>
            <numerusform>Renouvellement de «&#xa0;%1&#xa0;» (%2)&#xa0;: %n références à mettre à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>avertissement&#xa0;: aucun .npmrc ici n&apos;utilise ce jeton (ou sa forme masquée ne permet pas de le distinguer d&apos;un autre)&#x202f;; partout où il est utilisé — secrets de CI, autres machines —, placez-y le nouveau jeton&#xa0;: l&apos;ancien est révoqué.</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust nécessite une sous-commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 accepte au plus un paquet ou un dossier</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>configurerait %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>Le nom du paquet doit être indiqué soit en argument, soit dans le fichier package.json</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci nécessite --org-id, --project-id, --pipeline-definition-id et --vcs-origin</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>Le dépôt GitHub doit être indiqué au format owner/repository</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>Le projet GitLab doit être indiqué sous la forme group/project</translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke nécessite un paquet et --id &lt;id&gt; (voir trust list)</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1&#xa0;: éditeur de confiance %2 supprimé</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 n&apos;a aucun dépôt distant GitHub ou GitLab avec lequel comparer</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1&#xa0;: pas encore sur le registre&#x202f;; publiez-le une fois, puis configurez la publication de confiance.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n paquet demande votre attention</numerusform>
            <numerusform>%n paquets demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type doit valoir «&#xa0;web&#xa0;» ou «&#xa0;legacy&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PAQUET</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>FOURNISSEUR</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONNEMENT</translation>
    </message>
    <message>
        <source>ALLOWS</source>
        <translation>AUTORISE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>not on the registry</source>
        <translation>pas sur le registre</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>aucun éditeur de confiance</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n paquet absent du registre&#xa0;: %1</numerusform>
            <numerusform>%n paquets absents du registre&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n paquet non configuré&#xa0;: %1</numerusform>
            <numerusform>%n paquets non configurés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>supprimerait l&apos;éditeur de confiance %1 de %2</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 n&apos;a aucun éditeur de confiance d&apos;identifiant %2 (ou le paquet n&apos;est pas sur le registre)&#x202f;; voir «&#xa0;tokendesk-cli trust list %1&#xa0;».</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>publication de confiance&#xa0;: list, github, gitlab, circleci, revoke (les options de npm trust, plus --all et --replace&#x202f;; mise en attente uniquement sauf avec --allow-publish), check &lt;folder&gt; et workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace exige exactement un paquet (les identifiants de configuration appartiennent à un seul paquet)</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>puis révoquer %1 de %2</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>le dépôt n&apos;a pas de workflow&#xa0;: indiquez lequel avec --file</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1&#xa0;: %n éditeur de confiance sur npm, comparé au workflow qu&apos;il nomme.</numerusform>
            <numerusform>%1&#xa0;: %n éditeurs de confiance sur npm, chacun comparé au workflow qu&apos;il nomme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1&#xa0;: aucun éditeur de confiance n&apos;est configuré sur npm.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 a déjà un autre éditeur de confiance et pas de place pour un autre. Consultez «&#xa0;tokendesk-cli trust list %1&#xa0;», supprimez-en un avec «&#xa0;trust revoke&#xa0;», puis relancez cette commande.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 a déjà un autre éditeur de confiance (%2) et pas de place pour un autre. Supprimez-en un (par exemple «&#xa0;tokendesk-cli trust revoke %1 --id %3&#xa0;»), puis relancez cette commande.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>Aucun npm publish à changer en npm stage publish.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été écrit&#x202f;; relancez avec --apply pour écrire %n fichier.</numerusform>
            <numerusform>Rien n&apos;a été écrit&#x202f;; relancez avec --apply pour écrire %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>dépôt&#xa0;: %1 (d&apos;après package.json)</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>projet&#xa0;: %1 (d&apos;après package.json)</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>Utilisation&#xa0;: tokendesk-cli diagnose &lt;log-file|-&gt;

Lit le journal d&apos;une publication en CI qui a échoué (un fichier, ou - pour l&apos;entrée
standard) et affiche les causes probables, la plus probable en premier, chacune avec
une correction concrète.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Finds every npm token on this computer (npm&apos;s config files, project folders,
the environment, .yarnrc.yml and CI workflows) and checks each against the
account. Exit status 1 when a classic, dead or soon-expiring token is in use.

  --project DIR      also scan this project folder (repeatable)
  --userconfig FILE  the user config to read instead of ~/.npmrc
  --json             (global) the findings as JSON</source>
        <translation>Utilisation&#xa0;: tokendesk-cli doctor [--project DIR]... [--userconfig FILE]

Trouve chaque jeton npm sur cet ordinateur (fichiers de configuration de npm, dossiers
de projet, environnement, .yarnrc.yml et workflows de CI) et vérifie chacun auprès du
compte. Code de sortie 1 si un jeton classique, mort ou expirant bientôt est utilisé.

  --project DIR      analyser aussi ce dossier de projet (répétable)
  --userconfig FILE  la configuration utilisateur à lire au lieu de ~/.npmrc
  --json             (global) les résultats en JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>Utilisation&#xa0;: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Exécute la commande avec un jeton enregistré dans NODE_AUTH_TOKEN et NPM_TOKEN,
uniquement dans son environnement&#xa0;: aucune ligne .npmrc, rien sur la ligne de commande.</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli trust list [&lt;package&gt; | --all [DIR]]
       tokendesk-cli trust github [&lt;package&gt; | --all [DIR]] --repo OWNER/REPO --file NAME [--env NAME]
       tokendesk-cli trust gitlab [&lt;package&gt; | --all [DIR]] --project PATH --file NAME [--env NAME]
       tokendesk-cli trust circleci [&lt;package&gt;] --org-id ID --project-id ID
           --pipeline-definition-id ID --vcs-origin ORIGIN [--context-id ID]...
       tokendesk-cli trust revoke &lt;package&gt; --id ID [--dry-run]
       tokendesk-cli trust check [DIR]

  --allow-publish, --allow-stage-publish  ce que le workflow peut faire
  --auth-type web|legacy  approuver dans le navigateur (une approbation, en cochant «&#xa0;skip 2FA
                          for 5 minutes&#xa0;», couvre --all) ou saisir un code
  --otp CODE              le mot de passe à usage unique
  --dry-run               afficher ce qui serait fait</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>Utilisation&#xa0;: tokendesk-cli whoami

Affiche le nom d&apos;utilisateur sous lequel le registre vous connaît.</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli stage list [&lt;package&gt;]
       tokendesk-cli stage view &lt;stage-id&gt;
       tokendesk-cli stage download &lt;stage-id&gt;
       tokendesk-cli stage diff &lt;stage-id&gt;
       tokendesk-cli stage approve &lt;stage-id&gt;... | --all [--package P]
       tokendesk-cli stage reject &lt;stage-id&gt;... | --all [--package P]

Les versions en attente restent non publiées jusqu&apos;à ce qu&apos;un mainteneur les approuve
avec la 2FA. list, view et download affichent ce qu&apos;affiche npm stage&#x202f;; list couvre
tous les comptes connectés au registre, les autres sous-commandes le dernier connecté.
diff compare une archive en attente avec la dernière version publiée (fichiers,
package.json, scripts d&apos;installation).

  --otp CODE              un seul code pour tout le lot, réutilisé tant qu&apos;il est valide
  --auth-type web|legacy  une approbation dans le navigateur par version (par défaut), ou un code
  --project DIR           approuver dans l&apos;ordre des dépendances de cet espace de travail
  --json                  sortie lisible par une machine</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>Utilisation&#xa0;: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Chaque paquet que vous pouvez publier, la façon dont il est publié aujourd&apos;hui (éditeurs
de confiance, jetons et où ils sont utilisés, dernière version) et si cela survivra à
janvier 2027, quand npm mettra fin à la publication directe avec des jetons. Pour chaque
paquet menacé, la commande affiche la solution. Code de sortie 1 tant qu&apos;un paquet est
menacé.</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli ci login github|gitlab|circleci [--host HOST] [--api-url URL]
           [--with-token | --from-gh]
       tokendesk-cli ci status [--project DIR]... [--json]
       tokendesk-cli ci logout github|gitlab|circleci [--host HOST]

Se connecte à un service de CI pour que «&#xa0;token rotate&#xa0;» et «&#xa0;migrate --apply&#xa0;»
mettent à jour ses secrets eux-mêmes&#xa0;: envoyer le nouveau jeton, le vérifier,
attendre le délai de grâce, puis révoquer l&apos;ancien. Les identifiants sont
conservés dans le trousseau.

  --with-token    lire le jeton sur l&apos;entrée standard (jamais dans un argument)
  --from-gh       réutiliser la connexion de la CLI GitHub («&#xa0;gh auth token&#xa0;»)
  (aucun des deux) se connecter dans le navigateur avec un code à usage unique (GitHub, GitLab)
  --host HOST     GitHub Enterprise ou GitLab autogéré (par défaut l&apos;instance publique)
  --api-url URL   la base de l&apos;API, si ce n&apos;est pas celle habituelle de l&apos;hôte
  --project DIR   status&#xa0;: les secrets de CI que lisent les workflows de ce projet</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli migrate [--project DIR]... [--choose ROW=ACTION]... [--to stage-only] [--apply]
       tokendesk-cli migrate --confirm ROW|TOKEN
       tokendesk-cli migrate --resume | --rollback

Planifie l&apos;abandon des jetons classiques et de longue durée&#xa0;: une ligne par jeton utilisé.

  --apply             créer les remplaçants, réécrire chaque référence, vérifier,
                      puis révoquer les anciens jetons (journalisé, résistant aux plantages)
  --no-ci             ne pas mettre à jour les secrets de CI (les confirmer à la main)
  --grace MINUTES     conserver l&apos;ancien jeton ce nombre de minutes après la mise à jour
                      des secrets de CI (10 par défaut&#x202f;; 0 autorisé)
  --choose ROW=ACTION changer l&apos;action d&apos;une ligne, par ex. 2=create-read-only
  --to stage-only     remplacer chaque jeton de publication directe utilisé par un jeton
                      de mise en attente uniquement (janvier 2027)&#x202f;; garder les autres lignes
  --confirm ROW|TOKEN vous avez mis à jour un secret ou une variable de CI&#xa0;: révoquer
                      l&apos;ancien jeton
  --resume, --rollback terminer ou annuler une exécution interrompue
  --otp CODE, --password-stdin  le second facteur et le mot de passe</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Utilisation&#xa0;: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Se connecte et conserve la session de 2 heures dans le trousseau.

  --auth-type web     se connecter dans le navigateur (par défaut)
  --auth-type legacy  nom d&apos;utilisateur et mot de passe (lus sur l&apos;entrée standard)
  --otp CODE          le mot de passe à usage unique, si le compte en demande un
  --scope @SCOPE      se connecter au registre du scope (@SCOPE:registry dans .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Utilisation&#xa0;: tokendesk-cli logout [--scope @SCOPE]

Met fin à la session sur le registre et la retire du trousseau.

  --scope @SCOPE      le registre du scope (@SCOPE:registry dans .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli token list|ls [--parseable]
       tokendesk-cli token create --name NAME [--packages P,..] [--scopes @S,..]
           [--packages-all] [--packages-and-scopes-permission read-only|read-write]
           [--orgs O,..] [--orgs-permission ...] [--expires DAYS] [--cidr RANGES]
           [--bypass-2fa] [--token-description TEXT] --password-stdin [--otp CODE]
       tokendesk-cli token rotate &lt;id|prefix&gt; --password-stdin [--no-ci] [--grace MINUTES]
       tokendesk-cli token revoke|rm|delete|remove &lt;id|prefix&gt; [--otp CODE]</source>
        <translation>Utilisation&#xa0;: tokendesk-cli token list|ls [--parseable]
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
        <translation>Utilisation&#xa0;: tokendesk-cli verify &lt;package&gt;[@&lt;version&gt;] [--all-versions] [--trust-root FILE] [--json]

Vérifie qui a publié une version (la plus récente par défaut)&#xa0;: la signature du
registre, le bundle de provenance, ainsi que le dépôt, le workflow, la référence et
le déclencheur de son certificat, par rapport aux configurations de confiance
mémorisées du paquet et aux versions antérieures. Code de sortie 1 si une version
est suspecte ou si sa vérification a échoué.

  --all-versions     toutes les versions, de la plus ancienne à la plus récente
  --trust-root FILE  données de confiance à utiliser à la place des clés Sigstore et npm
                     fournies (un trusted_root.json, comme /-/sandbox/trusted-root du bac à sable)
  --json             les vérifications et les verdicts au format JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

Affiche les identifiants des jetons du cache local de TokenDesk, un par ligne, pour
la complétion de bash, zsh et fish. Ni réseau, ni trousseau, ni secret.</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli watch [--once] [--json] [--interval MIN] [--trust-root FILE]
              tokendesk-cli watch ack &lt;package&gt;@&lt;version&gt;
              tokendesk-cli watch expect &lt;package&gt; [--for MINUTES]
              tokendesk-cli watch exclude|include &lt;package&gt;

Surveille chaque paquet dans lequel vos comptes connectés peuvent écrire (et les
paquets épinglés)&#xa0;: nouvelles versions, tags déplacés, versions marquées comme obsolètes
et nouveaux mainteneurs, et évalue chaque version&#xa0;: qui l&apos;a publiée (provenance, telle que «&#xa0;verify&#xa0;»
la vérifie), scripts d&apos;installation et autres signaux dans le contenu, rafales sur
l&apos;ensemble de vos paquets. La première exécution établit un état de référence et ne
déclenche aucune alarme pour ce qui est déjà publié. Une alarme reste ouverte jusqu&apos;à
ce que vous y répondiez. Code de sortie avec --once&#xa0;: 1 tant qu&apos;une alarme est
ouverte, 0 sinon, 2 si la surveillance n&apos;a pas pu s&apos;exécuter ou si la ligne de
commande est incorrecte.

  --once             un passage sur chaque paquet, puis quitter
  --interval MIN     minutes entre deux lectures d&apos;un paquet (5 à 1440&#x202f;; 10 par défaut)
  --trust-root FILE  données de confiance au lieu des clés Sigstore et npm fournies
  --json             les versions avec niveau, raisons, codes et éditeur, en JSON
  ack                «&#xa0;c&apos;était moi&#xa0;»&#xa0;: ferme les alarmes de cette version
  expect --for MIN   une publication manuelle du paquet dans les MIN prochaines minutes
                     (60 par défaut) n&apos;est pas une alarme
  exclude / include  cesser d&apos;évaluer les versions du paquet (jamais d&apos;alarme), ou
                     les évaluer de nouveau&#x202f;; mémorisé</translation>
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
        <translation>Utilisation&#xa0;: tokendesk-cli lockdown &lt;package&gt;... [--dry-run] [--otp CODE] [--skip STEP]...
                                     [--bad VERSION]... [--keep-ci-tokens] [--report FILE]
                                     [--trust-root FILE]
              tokendesk-cli lockdown --resume [--otp CODE] [--report FILE]

Répond à une version compromise. Lit chaque paquet, vos jetons et les mauvaises versions
(--bad, sinon les alarmes ouvertes de la surveillance des publications), affiche le plan,
puis recherche sur cet ordinateur le mécanisme de persistance d&apos;un ver (un chien de garde
qui efface votre dossier personnel quand le jeton volé cesse de fonctionner) et, si rien
n&apos;est trouvé, exécute chaque étape applicable avec une seule approbation 2FA&#xa0;: require-2fa,
revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate
(unpublish est seulement expliqué). Écrit un rapport d&apos;incident. Code de sortie&#xa0;: 0 toutes
les étapes terminées, 1 une étape a échoué (--resume la réessaie), 2 erreur d&apos;utilisation
ou faits impossibles à lire, 3 persistance trouvée (rien n&apos;a été modifié).

  --dry-run          afficher le plan sans rien modifier
  --resume           reprendre le verrouillage d&apos;urgence inachevé le plus récent (de ce programme
                     ou de l&apos;application de bureau) à sa première étape non terminée
  --otp CODE         un code à usage unique, réutilisé tant que le registre l&apos;accepte
  --skip STEP        omettre une étape (les identifiants ci-dessus)&#x202f;; répétable
  --bad VERSION      une mauvaise version (répétable)&#x202f;; par défaut&#xa0;: les alarmes ouvertes de la surveillance
  --keep-ci-tokens   conserver les jetons dont TokenDesk a vérifié l&apos;utilisation dans votre propre CI
  --report FILE      destination du rapport d&apos;incident (par défaut&#xa0;: lockdown-&lt;time&gt;.md
                     dans le dossier courant)
  --trust-root FILE  données de confiance, comme pour watch et verify</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>vérifier qui a publié chaque version&#xa0;: signature, provenance et identité de l&apos;éditeur</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify&#xa0;: un seul paquet à la fois («&#xa0;%1&#xa0;» est en trop)</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify nécessite un paquet, par exemple&#xa0;: tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify&#xa0;: indiquez une version ou --all-versions, pas les deux</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify&#xa0;: impossible de lire les données de confiance %1 (un fichier trusted_root.json de 4 Mio au plus)</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>Aucune configuration de confiance de %1 enregistrée&#xa0;: l&apos;éditeur est comparé uniquement aux versions antérieures.</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>surveiller les publications de vos paquets et donner l&apos;alarme pour celles que votre voie de publication n&apos;a pas produites</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval attend un nombre de minutes entre 5 et 1440 (le registre met les documents de paquet en cache pendant 5 minutes)</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch&#xa0;: impossible de lire les données de confiance %1 (un fichier trusted_root.json de 4 Mio au plus)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n paquet surveillé</numerusform>
            <numerusform>%n paquets surveillés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n alarme ouverte</numerusform>
            <numerusform>%n alarmes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack attend une seule version, par exemple&#xa0;: tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2&#xa0;: marquée comme vôtre&#x202f;; %n alarme ouverte restante.</numerusform>
            <numerusform>%1@%2&#xa0;: marquée comme vôtre&#x202f;; %n alarmes ouvertes restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect attend un seul paquet, par exemple&#xa0;: tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for attend un nombre de minutes entre 1 et 1440</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>Une publication manuelle de %1 jusqu&apos;à %2 ne déclenchera pas d&apos;alarme.</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>nouvelle version par %1</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>tag %1 déplacé de %2 vers %3</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>marquée comme obsolète</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>version supprimée</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mainteneur %1 ajouté</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mainteneur %1 retiré</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>mise en attente par %1, qui ne l&apos;avait jamais fait auparavant</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch&#xa0;: sous-commande inconnue «&#xa0;%1&#xa0;» (ack, expect, exclude, include ou aucune)</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude attend un seul paquet, par exemple&#xa0;: tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include attend un seul paquet, par exemple&#xa0;: tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 est exclu de la surveillance&#xa0;: ses versions sont affichées, mais jamais évaluées ni signalées par une alarme.</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 est de nouveau surveillé.</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>afficher le nom d&apos;utilisateur sous lequel le registre vous connaît</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami ne prend aucun argument</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>le document d&apos;attestations dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>le document d&apos;attestations n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>le document d&apos;attestations a une partie manquante ou illisible (%1)</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>le document d&apos;attestations contient une partie d&apos;un type inattendu</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>impossible à vérifier avec les données de confiance de ce TokenDesk (mettez TokenDesk à jour)</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1&#xa0;: la déclaration porte sur «&#xa0;%2&#xa0;» (%3), pas sur %4&#xa0;: elle appartient à un autre paquet ou à une autre version.</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1&#xa0;: la déclaration nomme %2.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1&#xa0;: le sha512 de la déclaration n&apos;est pas le dist.integrity de la version&#xa0;: elle garantit un autre contenu.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1&#xa0;: le sha512 de la déclaration correspond au dist.integrity de la version.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1&#xa0;: la signature de l&apos;enveloppe est valide.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1&#xa0;: la signature de l&apos;enveloppe n&apos;est pas valide&#xa0;: sa déclaration a été modifiée après la signature, ou une autre clé l&apos;a signée.</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1&#xa0;: le bundle n&apos;a aucune entrée dans un journal de transparence, donc ni sa date ni sa publication ne peuvent être vérifiées.</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>Attestation de publication</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>Attestation de publication&#xa0;: la clé de registre %1 est inconnue&#x202f;; l&apos;attestation est %2.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>Attestation de publication&#xa0;: signée avec la clé de registre %1, qui a expiré le %2, avant que l&apos;attestation soit journalisée.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>Attestation de publication&#xa0;: signée avec la clé de registre %1.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>Provenance&#xa0;: le bundle ne contient aucun certificat de signature.</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>Impossible de vérifier les attestations de %1@%2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>Le dist.integrity de la version n&apos;a pas de sha512, donc aucune attestation ne peut être rapprochée de son contenu.</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>Le format de bundle «&#xa0;%1&#xa0;» est plus récent que ce que ce TokenDesk sait lire&#x202f;; il est %2.</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>Il n&apos;existe aucune attestation de publication npm pour %1.</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>Il n&apos;existe aucune provenance pour %1&#xa0;: impossible de vérifier qui l&apos;a construit.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>Provenance&#xa0;: le certificat de signature est illisible.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>Provenance&#xa0;: le certificat de signature a été émis par l&apos;autorité de certification Sigstore %1 et était valide à l&apos;heure de journalisation %2.</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>aucune autorité de certification valide à ce moment-là</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>Provenance&#xa0;: le certificat de signature se réclame d&apos;une autorité de certification Sigstore mais ne remonte pas jusqu&apos;à elle à l&apos;heure de journalisation %1 (%2).</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>Provenance&#xa0;: l&apos;autorité du certificat de signature est inconnue&#x202f;; le certificat est %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>Provenance&#xa0;: le certificat est destiné à la signature de code.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>Provenance&#xa0;: le certificat n&apos;est pas un certificat de signature de code.</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>SCT non vérifié&#xa0;: aucun journal de transparence des certificats dans ces données de confiance.</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>Provenance&#xa0;: le certificat ne contient aucun horodatage de transparence des certificats (SCT)&#x202f;; l&apos;autorité de Sigstore en intègre toujours un.</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>Provenance&#xa0;: le certificat a été journalisé dans le journal de transparence des certificats %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>Provenance&#xa0;: l&apos;horodatage de transparence (SCT) du certificat n&apos;est pas valide pour le journal qu&apos;il nomme.</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>Provenance&#xa0;: le journal de transparence des certificats de l&apos;horodatage du certificat est inconnu&#x202f;; il est %1.</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1&#xa0;: le journal de transparence %2 est inconnu&#x202f;; l&apos;entrée est %3.</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1&#xa0;: l&apos;entrée du journal (%2 %3) n&apos;a aucun horodatage d&apos;entrée signé que cette version sait lire&#x202f;; elle est %4.</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1&#xa0;: l&apos;entrée du journal indique une date (%2) en dehors de la période de validité de la clé du journal.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1&#xa0;: l&apos;horodatage d&apos;entrée signé du journal n&apos;est pas valide&#xa0;: l&apos;entrée, sa date ou son index a été modifié.</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1&#xa0;: journalisé dans %2 le %3 (entrée %4), signé par le journal.</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1&#xa0;: l&apos;entrée du journal ne décrit pas cette enveloppe (son empreinte de contenu, sa signature ou son signataire diffèrent)&#xa0;: elle a été journalisée pour autre chose.</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1&#xa0;: l&apos;entrée du journal enregistre le contenu, la signature et le signataire de cette enveloppe.</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1&#xa0;: ce bundle plus ancien ne contient aucune preuve d&apos;inclusion&#x202f;; l&apos;horodatage d&apos;entrée signé du journal garantit l&apos;entrée.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1&#xa0;: la preuve d&apos;inclusion de Merkle ne mène pas de l&apos;entrée au hachage racine du journal.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1&#xa0;: la preuve d&apos;inclusion de Merkle place l&apos;entrée dans un journal de %2 entrées.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1&#xa0;: le point de contrôle signé du journal n&apos;est pas valide ou désigne un autre arbre que la preuve d&apos;inclusion.</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1&#xa0;: le journal a signé le point de contrôle de cet arbre.</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>Vérification impossible&#xa0;: le certificat de provenance est vide ou plus grand que ce que TokenDesk accepte.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>Vérification impossible&#xa0;: le certificat de provenance n&apos;est pas un DER valide. Les données du registre sont peut-être endommagées&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>Vérification impossible&#xa0;: l&apos;extension %1 du certificat de provenance est mal formée.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>Vérification impossible&#xa0;: le certificat de provenance ne nomme aucun émetteur, il ne dit donc rien de l&apos;auteur de la publication.</translation>
    </message>
</context>
<context>
    <name>td::provenance::LastReleaseCheck</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the publish path and verdict (&quot;Published by … — suspicious&quot;), %2 why</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no release to check yet.</source>
        <translation>%1 n&apos;a encore aucune version à vérifier.</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Publiez d&apos;abord une version.</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>Vérification impossible&#xa0;: le document du paquet dépasse 64 Mio.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>Vérification impossible&#xa0;: le document du paquet fourni par le registre n&apos;est pas du JSON valide. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>Vérification impossible&#xa0;: le document du paquet fourni par le registre ne liste aucune version.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>Vérification impossible&#xa0;: le document du paquet fourni par le registre est imbriqué sur plus de %1 niveaux, ce qu&apos;aucun document npm ne fait.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>Vérification impossible&#xa0;: le document du paquet fourni par le registre n&apos;a pas de nom.</translation>
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
        <translation>provenance vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>suspect</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>échec de la vérification</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>Publié par %1 depuis %2, %3 sur %4</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>Publié comme version en attente approuvée par %1, sans provenance</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>Publié par un éditeur de confiance, sans provenance</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publié par %1 avec un jeton, sans provenance</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>comme version en attente approuvée par un mainteneur</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>par un éditeur de confiance</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>avec provenance</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>avec un jeton et sans provenance</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>branches</translation>
    </message>
    <message>
        <source>other refs</source>
        <translation>autres références</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>Publié %1, alors que la version %2 avait été publiée %3 avant&#xa0;: une baisse de confiance.</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>Construit à partir du dépôt d&apos;identifiant %1, alors que les versions antérieures provenaient de l&apos;identifiant %2&#xa0;: le dépôt a été supprimé puis recréé, ou un autre dépôt a pris son nom.</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>Le propriétaire du dépôt a l&apos;identifiant %1, alors que les versions antérieures avaient le propriétaire d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>Construit à partir de %1, alors que les versions antérieures l&apos;ont été à partir de %2.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>Construit par le workflow %1, alors que les versions antérieures l&apos;ont été par %2.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>Le workflow a été déclenché par %1, un événement que peut provoquer une personne sans accès en écriture&#x202f;; les versions ne sont pas construites ainsi.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>Le workflow a été déclenché par %1, alors que les versions antérieures l&apos;ont été par %2.</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>Construit de la même manière que %n version antérieure avec provenance.</numerusform>
            <numerusform>Construit de la même manière que les %n versions antérieures avec provenance.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>TokenDesk n&apos;a aucune configuration de confiance enregistrée pour ce paquet&#xa0;: l&apos;éditeur n&apos;a donc été comparé qu&apos;aux versions antérieures.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>Publié par un éditeur de confiance, mais sans provenance&#xa0;: le dépôt et le workflow ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>Publié par %1 avec un jeton, et non par l&apos;éditeur de confiance du paquet.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>La provenance a été émise pour %1, mais l&apos;éditeur de confiance %2 attend %3.</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>Construit à partir du dépôt %1, mais l&apos;éditeur de confiance %2 indique %3.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>Construit par le workflow %1, mais l&apos;éditeur de confiance %2 indique %3.</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>Construit dans l&apos;environnement %1, mais l&apos;éditeur de confiance %2 exige %3.</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>Construit sur un exécuteur %1&#x202f;; l&apos;éditeur de confiance %2 ne publie que depuis des exécuteurs hébergés par GitHub.</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>L&apos;éditeur correspond à l&apos;éditeur de confiance %1.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>Publié par un éditeur de confiance, mais sa provenance n&apos;a pas pu être vérifiée&#xa0;: le dépôt et le workflow ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>Construit sur un exécuteur %1, et non sur un exécuteur hébergé par le service de CI&#xa0;: quiconque contrôle cet ordinateur aurait pu modifier le paquet.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>La liste des clés du registre dépasse 1 Mio.</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>La liste des clés du registre n&apos;est pas le JSON attendu ({&quot;keys&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>Clé %1 ignorée&#xa0;: sa date d&apos;expiration est illisible.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>Clé %1 ignorée&#xa0;: TokenDesk ne connaît pas le type de clé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>Clé %1 ignorée&#xa0;: son matériel de clé ne correspond pas à son keyid.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>Le document de version n&apos;est pas celui demandé&#xa0;: son %1 est «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» attendu. Une signature qu&apos;il contient ne compte pas (elle peut provenir d&apos;un autre paquet).</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>Le document de version de %1 n&apos;est pas un objet JSON, il ne peut donc pas être celui que le registre a signé.</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 ne porte aucune signature du registre&#xa0;: impossible de vérifier que le registre a publié ce contenu.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>La signature du registre de %1 utilise la clé %2, qui expire&#x202f;; sans la date de publication, TokenDesk ne peut pas savoir si elle était valide lors de la publication de la version.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>La signature du registre de %1 utilise la clé %2, qui a expiré le %3, au plus tard à la publication de la version (%4).</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>Le registre a signé %1 avec sa clé %2.</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>La signature du registre de %1 ne correspond pas à son nom, sa version et son intégrité&#xa0;: le document de version a été modifié après la signature du registre, ou la signature appartient à un autre paquet.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>La signature du registre de %1 utilise la clé %2, impossible à vérifier avec les données de confiance de ce TokenDesk (mettez TokenDesk à jour).</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>Le fichier de données de confiance dépasse 4 Mio.</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>Les données de confiance ne sont pas du JSON. Utilisez un trusted_root.json de Sigstore ou le fichier que le bac à sable sert à /-/sandbox/trusted-root.</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>Les données de confiance ne sont pas une racine de confiance Sigstore (leur mediaType est «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>Impossible de lire le fichier de données de confiance %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 n&apos;a pas de version %2 sur ce registre.</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(la plus récente)</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>Vérifiez la version avec «&#xa0;npm view %1 versions&#xa0;».</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>Aucune provenance&#xa0;: rien de signé n&apos;indique quel dépôt ou quel workflow a construit cette version.</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>Impossible de récupérer les attestations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>Vérification impossible&#xa0;: les attestations dépassent 4 Mio.</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>Impossible de lire les données de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>Indiquez un fichier trusted_root.json, comme /-/sandbox/trusted-root du bac à sable.</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>Un registre compatible npmjs sur 127.0.0.1 pour s&apos;exercer et tester.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>Port TCP (0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>Conserver l&apos;état dans ce fichier d&apos;un redémarrage à l&apos;autre (écritures atomiques).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox&#xa0;: --port non valide</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>Règles à appliquer&#xa0;: current, 2025-10 (jetons classiques autorisés) ou 2027-01 (les jetons contournant la 2FA ne peuvent plus publier directement, seulement mettre en attente).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox&#xa0;: --era doit valoir current, 2025-10 ou 2027-01</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>Données initiales&#xa0;: demo, watch, empty ou un fichier JSON.</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>Code à usage unique (application d&apos;authentification ou e-mail)</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>Connectez-vous pour terminer la connexion depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>Approuver la commande «&#xa0;%1&#xa0;» pour %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>Cette demande n&apos;existe pas, a expiré ou a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>Nous vous avons envoyé un code par e-mail (voir GET /-/sandbox/outbox).</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>La demande a été refusée. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>Saisissez le code que nous vous avons envoyé par e-mail.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Ce code n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>Approuvé. Retournez à votre terminal.</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>Ignorer l&apos;authentification à deux facteurs pendant les 5 prochaines minutes</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>Le document du paquet %1 dans le registre n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>La surveillance réessaiera au prochain tour du paquet.</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>Le registre refuse d&apos;afficher %1, même avec votre jeton de lecture.</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 n&apos;est pas public&#x202f;; le surveiller nécessite un jeton de lecture dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>La taille décompressée a bondi de %1 dans %2 à %3.</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>Le nombre de fichiers a bondi de %1 dans %2 à %3.</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>Ajoute un script %1&#xa0;: «&#xa0;%2&#xa0;» (%3 n&apos;en avait pas).</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>Modifie le script %1 de «&#xa0;%2&#xa0;» dans %3 en «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>Dépend de %1 depuis %2, et non depuis le registre.</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>Ajoute la dépendance optionnelle %1 (%2)&#x202f;; %3 n&apos;en avait aucune de ce nom.</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>Ajoute la commande %1 (%2).</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>Fait pointer la commande %1 vers %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>Compile du code natif à partir d&apos;un binding.gyp lors de l&apos;installation (node-gyp l&apos;exécute sans aucun script d&apos;installation)&#x202f;; %1 ne le faisait pas.</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>La première version depuis %n jour&#xa0;: la précédente, %1, a été publiée le %2.</numerusform>
            <numerusform>La première version depuis %n jours&#xa0;: la précédente, %1, a été publiée le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>Le tag %1 a été supprimé&#x202f;; il pointait vers %2.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>Le tag %1 a été ramené de %2 à %3, une version majeure plus ancienne.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>Le tag %1 a été ramené de %2 à la version plus ancienne %3.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>Le tag %1 a été déplacé de %2 vers une autre version majeure, %3.</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>Les versions en attente de %1 n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>La mémoire de la surveillance des publications (%1) fait %2, bien plus qu&apos;elle ne peut faire&#x202f;; elle a été mise de côté et la surveillance repart de ce que le registre affiche maintenant.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>La mémoire de la surveillance des publications (%1) n&apos;a pas pu être lue&#xa0;: %2 La surveillance repart de ce que le registre affiche maintenant.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>La mémoire de la surveillance des publications (%1) est endommagée&#x202f;; elle a été mise de côté et la surveillance repart de ce que le registre affiche maintenant, sans alarme pour les versions déjà publiées.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>nouvelle version</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>tag %1 ajouté</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>tag %1 retiré</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 déplacé depuis %2</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>marquée comme obsolète</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>publication annulée</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mainteneur %1 ajouté</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mainteneur %1 retiré</translation>
    </message>
    <message>
        <source>staged by %1</source>
        <translation>mise en attente par %1</translation>
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
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <source>%1 (history)</source>
        <translation>%1 (historique)</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1 (traitée)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>Voie de publication et identité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchService</name>
    <message>
        <source>The list of recent releases %1 could not be read (%2); it starts empty.</source>
        <translation>La liste des versions récentes %1 n&apos;a pas pu être lue (%2)&#x202f;; elle repart vide.</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>La liste des versions récentes %1 est endommagée&#x202f;; elle repart vide.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>Rien à surveiller&#xa0;: aucun compte n&apos;est connecté et aucun paquet n&apos;est épinglé. Connectez-vous d&apos;abord avec &apos;tokendesk-cli login&apos; ou dans TokenDesk.</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>La surveillance n&apos;a pas vu %1@%2.</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>Vérifiez le nom et la version avec &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>La surveillance ne connaît pas encore %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>Exécutez d&apos;abord &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>Les paquets de %1 sur %2 n&apos;ont pas pu être lus&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publié par %1 avec un jeton, sans provenance</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>Publié par %1 avec provenance, mais pas via un éditeur de confiance</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>Publié via un éditeur de confiance sans l&apos;approbation d&apos;un mainteneur</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>Publié comme version en attente approuvée</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>les versions antérieures avaient une provenance de %1, %2 %3 (dernière&#xa0;: %4)</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>les versions antérieures venaient de %1, %2 %3 (dernière&#xa0;: %4)</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>les versions antérieures ont été mises en attente et approuvées par %1 (dernière&#xa0;: %2)</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>les versions antérieures sont passées par un éditeur de confiance (dernière&#xa0;: %1)</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>les versions antérieures avaient une provenance (dernière&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>La version %1 a été marquée comme obsolète&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>La version %1 a été supprimée du registre.</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 a été ajouté comme mainteneur de %2&#x202f;; les mainteneurs étaient %3.</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 n&apos;est plus mainteneur de %2&#x202f;; les mainteneurs sont %3.</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>La version %1 a été mise en attente par %2, qui n&apos;avait jamais mis en attente de version de %3 auparavant (précédemment&#xa0;: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>%n paquet de ce compte a été publié en %1 minutes (de %2 à %3)&#xa0;: %4.</numerusform>
            <numerusform>%n paquets de ce compte ont été publiés en %1 minutes (de %2 à %3)&#xa0;: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>notable</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarme</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>Non évalué&#xa0;: vous avez exclu %1 de la surveillance.</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>Impossible de vérifier qui a publié %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>Vous aviez annoncé une publication manuelle de %1 jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>Vu lors de la première exécution sur l&apos;historique de %1&#xa0;: fait partie de l&apos;état de référence, affiché mais non évalué.</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>Vous avez indiqué que %1 venait de vous.</translation>
    </message>
</context>
</TS>
