<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Manage npm access tokens.</source>
        <translation>Gerencie tokens de acesso do npm.</translation>
    </message>
    <message>
        <source>Registry offered first when you sign in (for example the sandbox).</source>
        <translation>Registro oferecido primeiro ao entrar (por exemplo, o sandbox).</translation>
    </message>
    <message>
        <source>Start in the tray without showing the window.</source>
        <translation>Iniciar na bandeja do sistema sem mostrar a janela.</translation>
    </message>
    <message>
        <source>%1 A second launch will open another window.</source>
        <translation>%1 Uma segunda execução abrirá outra janela.</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run TokenDesk in a desktop session, or use tokendesk-cli.</source>
        <translation>nenhuma tela encontrada (DISPLAY e WAYLAND_DISPLAY não estão definidas); execute o TokenDesk em uma sessão de desktop ou use o tokendesk-cli.</translation>
    </message>
</context>
<context>
    <name>td::AboutBox</name>
    <message>
        <source>About TokenDesk</source>
        <translation>Sobre o TokenDesk</translation>
    </message>
    <message>
        <source>Keeps your npm access tokens in view: expiry, rotation and trusted publishing.</source>
        <translation>Mantém seus tokens de acesso do npm à vista: expiração, rotação e publicação confiável.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later. No warranty.</source>
        <translation>Licença: GNU General Public License, versão 3 ou posterior. Sem garantia.</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentação</translation>
    </message>
</context>
<context>
    <name>td::Account</name>
    <message>
        <source>signed out</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>sessão encerrada</translation>
    </message>
    <message>
        <source>session ends in %1 min</source>
        <translation>a sessão termina em %1 min</translation>
    </message>
    <message>
        <source>session ends in %1 h %2 min</source>
        <translation>a sessão termina em %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>td::AccountActions</name>
    <message>
        <source>%1 was not signed out: %2</source>
        <translation>Não foi possível sair de %1: %2</translation>
    </message>
    <message>
        <source>Signed out of %1. The cached token list stays; sign in again to manage tokens.</source>
        <translation>Você saiu de %1. A lista de tokens em cache é mantida; entre novamente para gerenciar os tokens.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove %1 from TokenDesk?</source>
        <translation>Remover %1 do TokenDesk?</translation>
    </message>
    <message>
        <source>TokenDesk signs out, then forgets the account and its cached token list on this computer. The tokens stay on npm and their secrets stay in your keychain; revoke them on npm if you no longer need them.</source>
        <translation>O TokenDesk sai da conta e depois esquece a conta e a lista de tokens em cache dela neste computador. Os tokens continuam no npm e os segredos deles continuam no seu chaveiro; revogue-os no npm se não precisar mais deles.</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Remover conta</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 não foi removida: %2</translation>
    </message>
    <message>
        <source>%1 was removed from TokenDesk.</source>
        <translation>%1 foi removida do TokenDesk.</translation>
    </message>
    <message>
        <source>The token expiry of %1 was not saved: %2</source>
        <translation>A expiração do token de %1 não foi salva: %2</translation>
    </message>
</context>
<context>
    <name>td::AccountFlowPresenter</name>
    <message>
        <source>Sign in to your npm account to see its tokens, or try TokenDesk first on a practice registry with demo tokens.</source>
        <translation>Entre na sua conta do npm para ver os tokens dela ou experimente primeiro o TokenDesk em um registro de prática com tokens de demonstração.</translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation>Sua sessão terminou.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Você saiu.</translation>
    </message>
</context>
<context>
    <name>td::AccountListModel</name>
    <message>
        <source>this registry does not report expiry</source>
        <translation>este registro não informa a expiração</translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 em %2
%3</translation>
    </message>
    <message>
        <source>Practice registry (local, not npm)</source>
        <translation>Registro de prática (local, não é o npm)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%1 em %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>td::AccountStore</name>
    <message>
        <source>The account list %1 is damaged (%2).</source>
        <translation>A lista de contas %1 está danificada (%2).</translation>
    </message>
    <message>
        <source>Move the file aside and sign in again.</source>
        <translation>Mova o arquivo para outro lugar e entre novamente.</translation>
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
        <translation>Sua sessão foi encerrada.</translation>
    </message>
    <message>
        <source>Sign in to an npm account to migrate its tokens.</source>
        <translation>Entre em uma conta do npm para migrar os tokens dela.</translation>
    </message>
    <message>
        <source>%1 Sign in as %2 to refresh the list and manage tokens; the cached list keeps counting down meanwhile.</source>
        <translation>%1 Entre como %2 para atualizar a lista e gerenciar os tokens; enquanto isso, a lista em cache continua a contagem regressiva.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2 is staged and waits for your approval</source>
        <translation>%1 %2 está preparada e aguarda sua aprovação</translation>
    </message>
    <message>
        <source>No web browser could be opened. The documentation is at %1</source>
        <translation>Não foi possível abrir nenhum navegador da web. A documentação está em %1</translation>
    </message>
</context>
<context>
    <name>td::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>td::AuthenticatePage</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirme que é você</translation>
    </message>
    <message>
        <source>npm asks for your password and a second factor to create a token. TokenDesk never stores your password.</source>
        <translation>O npm pede sua senha e um segundo fator para criar um token. O TokenDesk nunca armazena sua senha.</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Criar token</translation>
    </message>
    <message>
        <source>npm account password</source>
        <translation>Senha da conta do npm</translation>
    </message>
    <message>
        <source>Code from my &amp;authenticator app</source>
        <translation>Código do meu &amp;aplicativo autenticador</translation>
    </message>
    <message>
        <source>Use a code from an authenticator app</source>
        <translation>Usar um código de um aplicativo autenticador</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>Aprovar no navegador</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Parar de esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the approval</source>
        <translation>Parar de esperar a aprovação</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>npm asks for a one-time code: enter the code from your authenticator app and press Create token.</source>
        <translation>O npm pede um código de uso único: digite o código do seu aplicativo autenticador e clique em Criar token.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. To revoke token &apos;%1&apos;, whose secret never arrived, npm asks for a one-time code: enter a new code and press Create token.</source>
        <translation>A resposta do registro se perdeu. Para revogar o token &quot;%1&quot;, cujo segredo nunca chegou, o npm pede um código de uso único: digite um novo código e clique em Criar token.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer was lost. Checking whether token &apos;%1&apos; was created, to revoke it…</source>
        <translation>A resposta do registro se perdeu. Verificando se o token &quot;%1&quot; foi criado, para revogá-lo…</translation>
    </message>
    <message>
        <source>Approve the request in your browser. If no browser opened, visit:
%1</source>
        <translation>Aprove a solicitação no seu navegador. Se nenhum navegador abriu, acesse:
%1</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Criando o token…</translation>
    </message>
    <message>
        <source>The token was created.</source>
        <translation>O token foi criado.</translation>
    </message>
    <message>
        <source>Approve in my b&amp;rowser (security key or passkey)</source>
        <translation>Aprovar no meu nave&amp;gador (chave de segurança ou chave de acesso)</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve the request there:
%1</source>
        <translation>Não foi possível abrir nenhum navegador da web. Abra este endereço no seu navegador e aprove a solicitação lá:
%1</translation>
    </message>
</context>
<context>
    <name>td::Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Não é possível remover %1.</translation>
    </message>
</context>
<context>
    <name>td::BatchTwoFactorPrompt</name>
    <message>
        <source>A one-time password is needed.</source>
        <translation>É necessária uma senha de uso único.</translation>
    </message>
</context>
<context>
    <name>td::BootstrapRunner</name>
    <message>
        <source>No one-time password can be asked for here.</source>
        <translation>Não é possível pedir uma senha de uso único aqui.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Created; it expires in one day.</source>
        <translation>Criado; expira em um dia.</translation>
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
        <translation>O npm publish de %1 pede uma senha de uso único.</translation>
    </message>
    <message>
        <source>npm publish needs a one-time password here. If you approve with a security key only, choose &quot;I will publish once by hand&quot;: npm publish in a terminal opens the browser for you.</source>
        <translation>O npm publish precisa aqui de uma senha de uso único. Se você aprova somente com uma chave de segurança, escolha &quot;Vou publicar uma vez manualmente&quot;: o npm publish em um terminal abre o navegador para você.</translation>
    </message>
    <message>
        <source>npm could not be started; is Node.js installed?</source>
        <translation>Não foi possível iniciar o npm; o Node.js está instalado?</translation>
    </message>
    <message>
        <source>npm publish of %1 failed: %2</source>
        <translation>O npm publish de %1 falhou: %2</translation>
    </message>
    <message>
        <source>Configured and verified for %1.</source>
        <translation>Configurado e verificado para %1.</translation>
    </message>
    <message>
        <source>No token was created.</source>
        <translation>Nenhum token foi criado.</translation>
    </message>
    <message>
        <source>Revoking failed (%1). Revoke the token &quot;%2&quot; on the registry&apos;s Access Tokens page now.</source>
        <translation>Falha ao revogar (%1). Revogue agora o token &quot;%2&quot; na página Access Tokens do registro.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Revogado.</translation>
    </message>
    <message>
        <source>%1 published, trusted publishing configured, the token revoked.</source>
        <translation>%1 publicado, publicação confiável configurada, token revogado.</translation>
    </message>
</context>
<context>
    <name>td::CiChecks</name>
    <message>
        <source>Job &quot;%1&quot; does not choose a Node version, so it gets the runner&apos;s default, which may be older than Node %2 that trusted publishing needs.</source>
        <translation>O trabalho &quot;%1&quot; não escolhe uma versão do Node, então recebe a padrão do executor, que pode ser anterior ao Node %2 exigido pela publicação confiável.</translation>
    </message>
    <message>
        <source>Set up Node 24 explicitly (for example actions/setup-node with node-version: 24).</source>
        <translation>Configure o Node 24 explicitamente (por exemplo, actions/setup-node com node-version: 24).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; uses Node %2; trusted publishing needs Node %3 or newer.</source>
        <translation>O trabalho &quot;%1&quot; usa o Node %2; a publicação confiável precisa do Node %3 ou mais recente.</translation>
    </message>
    <message>
        <source>Use Node 24 for the publish job.</source>
        <translation>Use o Node 24 no trabalho de publicação.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; installs npm %2; trusted publishing needs npm %3 or newer.</source>
        <translation>O trabalho &quot;%1&quot; instala o npm %2; a publicação confiável precisa do npm %3 ou mais recente.</translation>
    </message>
    <message>
        <source>Install a recent npm before publishing: %1</source>
        <translation>Instale um npm recente antes de publicar: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version (%2), which may be older than npm %3.</source>
        <translation>O trabalho &quot;%1&quot; publica com o npm incluído na sua versão do Node (%2), que pode ser anterior ao npm %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Add a step before publishing: %1</source>
        <translation>Adicione uma etapa antes de publicar: %1</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with the npm bundled with its Node version, which is older than npm %2 (Node 20 and 22 bundle npm 10).</source>
        <translation>O trabalho &quot;%1&quot; publica com o npm incluído na sua versão do Node, que é anterior ao npm %2 (o Node 20 e o 22 incluem o npm 10).</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with Yarn, which does not perform npm&apos;s OIDC exchange; the publish fails with &quot;No authentication configured&quot;.</source>
        <translation>O trabalho &quot;%1&quot; publica com o Yarn, que não faz a troca OIDC do npm; a publicação falha com &quot;No authentication configured&quot;.</translation>
    </message>
    <message>
        <source>Build the tarball with Yarn if you like (yarn pack), but publish it with npm: npm publish package.tgz</source>
        <translation>Gere o tarball com o Yarn se quiser (yarn pack), mas publique-o com o npm: npm publish package.tgz</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with pnpm. Only pnpm versions with trusted-publishing support perform the OIDC exchange (pnpm/pnpm#9812); older ones fall back to a token and fail with E404 or ENEEDAUTH.</source>
        <translation>O trabalho &quot;%1&quot; publica com o pnpm. Somente as versões do pnpm com suporte à publicação confiável fazem a troca OIDC (pnpm/pnpm#9812); as mais antigas recorrem a um token e falham com E404 ou ENEEDAUTH.</translation>
    </message>
    <message>
        <source>Use a pnpm version that supports trusted publishing, or publish the packed tarball with npm publish.</source>
        <translation>Use uma versão do pnpm com suporte à publicação confiável ou publique o tarball empacotado com npm publish.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes with %2; trusted publishing needs %3 or newer.</source>
        <translation>O trabalho &quot;%1&quot; publica com %2; a publicação confiável precisa de %3 ou mais recente.</translation>
    </message>
    <message>
        <source>Check that the version you run is at least %1.</source>
        <translation>Verifique se a versão que você executa é pelo menos %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs %2 %3, which does not support trusted publishing; %4 or newer is needed.</source>
        <translation>O trabalho &quot;%1&quot; executa %2 %3, que não oferece suporte à publicação confiável; é necessário %4 ou mais recente.</translation>
    </message>
    <message>
        <source>Upgrade to %1.</source>
        <translation>Atualize para %1.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs on &quot;%2&quot;. npm accepts trusted publishing only from cloud runners (GitHub-hosted, GitLab.com shared, CircleCI cloud); provenance fails with E422 and the OIDC exchange is refused.</source>
        <translation>O trabalho &quot;%1&quot; é executado em &quot;%2&quot;. O npm só aceita publicação confiável de executores na nuvem (hospedados pelo GitHub, compartilhados do GitLab.com, CircleCI na nuvem); a procedência falha com E422 e a troca OIDC é recusada.</translation>
    </message>
    <message>
        <source>Move only the publish job to a cloud-hosted runner (for example runs-on: ubuntu-latest).</source>
        <translation>Mova somente o trabalho de publicação para um executor hospedado na nuvem (por exemplo, runs-on: ubuntu-latest).</translation>
    </message>
    <message>
        <source>%1 still passes a long-lived npm token to job &quot;%2&quot;. When a token is configured npm uses it instead of trusted publishing, and it will expire or stop publishing.</source>
        <translation>%1 ainda passa um token do npm de longa duração para o trabalho &quot;%2&quot;. Quando há um token configurado, o npm o usa em vez da publicação confiável, e ele vai expirar ou deixar de publicar.</translation>
    </message>
    <message>
        <source>Remove %1 from the publish job, and delete the secret once a release has gone through trusted publishing.</source>
        <translation>Remova %1 do trabalho de publicação e exclua o segredo depois que uma versão tiver sido publicada por publicação confiável.</translation>
    </message>
</context>
<context>
    <name>td::CiClientPushBackend</name>
    <message>
        <source>Not signed in to %1 for %2: tokendesk-cli ci login %3</source>
        <translation>Você não está conectado a %1 para %2: tokendesk-cli ci login %3</translation>
    </message>
    <message>
        <source>This build cannot update %1 secrets yet.</source>
        <translation>Esta versão ainda não pode atualizar segredos do %1.</translation>
    </message>
</context>
<context>
    <name>td::CiConnectDialog</name>
    <message>
        <source>A fine-grained token with &quot;Secrets: read and write&quot; (and &quot;Environments&quot; for environment secrets), or a classic token with &quot;repo&quot; (&quot;admin:org&quot; for organization secrets).</source>
        <translation>Um token refinado com &quot;Secrets: read and write&quot; (e &quot;Environments&quot; para segredos de ambiente), ou um token clássico com &quot;repo&quot; (&quot;admin:org&quot; para segredos de organização).</translation>
    </message>
    <message>
        <source>A personal access token with the &quot;api&quot; scope; you need the Maintainer role on the projects (Owner on groups).</source>
        <translation>Um token de acesso pessoal com o escopo &quot;api&quot;; você precisa da função Maintainer nos projetos (Owner nos grupos).</translation>
    </message>
    <message>
        <source>A personal API token (CircleCI → User Settings → Personal API Tokens); project tokens do not work.</source>
        <translation>Um token de API pessoal (CircleCI → User Settings → Personal API Tokens); tokens de projeto não funcionam.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>TokenDesk uses this sign-in to put rotated npm tokens into your %1 secrets. It is kept in your keychain.</source>
        <translation>O TokenDesk usa este login para colocar os tokens do npm rotacionados nos seus segredos do %1. Ele fica guardado no seu chaveiro.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (a one-time code)</source>
        <translation>Entrar com o &amp;navegador (um código de uso único)</translation>
    </message>
    <message>
        <source>Use the GitHub C&amp;LI&apos;s sign-in (gh auth token)</source>
        <translation>Usar o login da C&amp;LI do GitHub (gh auth token)</translation>
    </message>
    <message>
        <source>Its usual scopes cover repository and environment secrets; for organization secrets run &quot;gh auth refresh -s admin:org&quot; first.</source>
        <translation>Os escopos habituais dele cobrem segredos de repositório e de ambiente; para segredos de organização, execute antes &quot;gh auth refresh -s admin:org&quot;.</translation>
    </message>
    <message>
        <source>&amp;Paste a token</source>
        <translation>C&amp;olar um token</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>Token do %1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Enter this code on the page that opens:</source>
        <translation>Digite este código na página que se abrir:</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;iar código</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Abrir a página de login</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>A&amp;vançado</translation>
    </message>
    <message>
        <source>&amp;Host of your repositories:</source>
        <translation>&amp;Host dos seus repositórios:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL da API:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Inicia&amp;r</translation>
    </message>
    <message>
        <source>&amp;Open %1</source>
        <translation>&amp;Abrir %1</translation>
    </message>
    <message>
        <source>Connected: %1 as %2 on %3.</source>
        <translation>Conectado: %1 como %2 em %3.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Concluí&amp;do</translation>
    </message>
</context>
<context>
    <name>td::CiConnectFlow</name>
    <message>
        <source>Check that you pasted the whole token, or create a new one.</source>
        <translation>Verifique se você colou o token inteiro ou crie um novo.</translation>
    </message>
    <message>
        <source>Start again and choose Authorize if you meant to connect.</source>
        <translation>Comece novamente e escolha Authorize se queria conectar.</translation>
    </message>
    <message>
        <source>Start again for a new code.</source>
        <translation>Comece novamente para obter um novo código.</translation>
    </message>
    <message>
        <source>Paste the %1 token first.</source>
        <translation>Cole primeiro o token do %1.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not available here.</source>
        <translation>A CLI do GitHub não está disponível aqui.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its sign-in…</source>
        <translation>Pedindo o login à CLI do GitHub…</translation>
    </message>
    <message>
        <source>%1 offers no browser sign-in here: paste a token instead.</source>
        <translation>%1 não oferece login no navegador aqui: cole um token em vez disso.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in code…</source>
        <translation>Pedindo um código de login a %1…</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code on %1…</source>
        <translation>Aguardando você digitar o código em %1…</translation>
    </message>
    <message>
        <source>Checking who the credential belongs to…</source>
        <translation>Verificando a quem pertence a credencial…</translation>
    </message>
    <message>
        <source>TokenDesk cannot talk to %1 yet: this build has no client for it.</source>
        <translation>O TokenDesk ainda não consegue se comunicar com %1: esta versão não tem cliente para ele.</translation>
    </message>
    <message>
        <source>Saving the credential in your keychain…</source>
        <translation>Salvando a credencial no seu chaveiro…</translation>
    </message>
</context>
<context>
    <name>td::CiCredentialStore</name>
    <message>
        <source>The list of CI sign-ins %1 is damaged; remove it and sign in again with &apos;tokendesk-cli ci login&apos;.</source>
        <translation>A lista de logins de CI %1 está danificada; remova-a e entre novamente com &quot;tokendesk-cli ci login&quot;.</translation>
    </message>
    <message>
        <source>The keychain did not take the %1 credential: %2</source>
        <translation>O chaveiro não aceitou a credencial do %1: %2</translation>
    </message>
    <message>
        <source>The %1 sign-in is no longer in the keychain; sign in again: tokendesk-cli ci login %2</source>
        <translation>O login do %1 não está mais no chaveiro; entre novamente: tokendesk-cli ci login %2</translation>
    </message>
</context>
<context>
    <name>td::CiDeviceFlow</name>
    <message>
        <source>Use %1 --from-gh (the GitHub CLI&apos;s sign-in) or --with-token (a pasted token).</source>
        <translation>Use %1 --from-gh (o login da CLI do GitHub) ou --with-token (um token colado).</translation>
    </message>
    <message>
        <source>Use %1 --with-token (a pasted token).</source>
        <translation>Use %1 --with-token (um token colado).</translation>
    </message>
    <message>
        <source>This build has no GitHub OAuth app, so it cannot sign in to GitHub in the browser.</source>
        <translation>Esta versão não tem aplicativo OAuth do GitHub, então não pode entrar no GitHub pelo navegador.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in request could not be read.</source>
        <translation>Não foi possível ler a resposta de %1 à solicitação de login.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Verifique o endereço da API; se estiver correto, tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>%1&apos;s answer to the sign-in could not be read.</source>
        <translation>Não foi possível ler a resposta de %1 ao login.</translation>
    </message>
    <message>
        <source>Run %1 again.</source>
        <translation>Execute %1 novamente.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved on %1.</source>
        <translation>O código de login expirou antes de ser aprovado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>Execute %1 novamente e aprove o novo código em até %n minuto.</numerusform>
            <numerusform>Execute %1 novamente e aprove o novo código em até %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was denied on %1.</source>
        <translation>O login foi negado em %1.</translation>
    </message>
    <message>
        <source>Run %1 again and choose Authorize if you meant to connect.</source>
        <translation>Execute %1 novamente e escolha Authorize se queria conectar.</translation>
    </message>
    <message>
        <source>%1 has the device sign-in turned off for TokenDesk&apos;s app.</source>
        <translation>%1 está com o login por dispositivo desativado para o aplicativo do TokenDesk.</translation>
    </message>
    <message>
        <source>%1 does not know this build&apos;s OAuth app (%2).</source>
        <translation>%1 não conhece o aplicativo OAuth desta versão (%2).</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;.</source>
        <translation>%1 encerrou o login com &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 ended the sign-in with &quot;%2&quot;: %3.</source>
        <translation>%1 encerrou o login com &quot;%2&quot;: %3.</translation>
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
        <translation>%1: leitura e gravação</translation>
    </message>
    <message>
        <source>%1 read-only</source>
        <translation>%1: somente leitura</translation>
    </message>
    <message>
        <source>The GitHub token lacks the permission %1; grant it (fine-grained token: %2) or run %3 again.</source>
        <translation>O token do GitHub não tem a permissão %1; conceda-a (token refinado: %2) ou execute %3 novamente.</translation>
    </message>
    <message>
        <source>A classic token needs the repo scope (organization secrets also admin:org).</source>
        <translation>Um token clássico precisa do escopo repo (segredos de organização, também admin:org).</translation>
    </message>
    <message>
        <source>The GitHub sign-in lacks the scope %1.</source>
        <translation>O login do GitHub não tem o escopo %1.</translation>
    </message>
    <message>
        <source>Run gh auth refresh -s %1 if it came from the GitHub CLI, or run %2 again.</source>
        <translation>Execute gh auth refresh -s %1 se ele veio da CLI do GitHub, ou execute %2 novamente.</translation>
    </message>
    <message>
        <source>GitHub refused the request (403 Forbidden).</source>
        <translation>O GitHub recusou a solicitação (403 Forbidden).</translation>
    </message>
    <message>
        <source>GitHub refused the request: %1</source>
        <translation>O GitHub recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>Check that the token may write Actions secrets there, or run %1 again.</source>
        <translation>Verifique se o token pode gravar segredos do Actions lá, ou execute %1 novamente.</translation>
    </message>
    <message>
        <source>Grant %1, or run %2 again.</source>
        <translation>Conceda %1 ou execute %2 novamente.</translation>
    </message>
    <message>
        <source>TokenDesk has no network access set up for %1.</source>
        <translation>O TokenDesk não tem acesso de rede configurado para %1.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (it expired or was revoked).</source>
        <translation>%1 não aceitou o login (expirou ou foi revogado).</translation>
    </message>
    <message>
        <source>Sign in again: %1</source>
        <translation>Entre novamente: %1</translation>
    </message>
    <message>
        <source>%1 refused the request (403 Forbidden).</source>
        <translation>%1 recusou a solicitação (403 Forbidden).</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 recusou a solicitação: %2</translation>
    </message>
    <message>
        <source>Check the credential&apos;s permissions, or run %1 again.</source>
        <translation>Verifique as permissões da credencial ou execute %1 novamente.</translation>
    </message>
    <message>
        <source>%1 at %2 found nothing at that address.</source>
        <translation>%1 em %2 não encontrou nada nesse endereço.</translation>
    </message>
    <message>
        <source>%1 at %2 has no %3, or the credential cannot see it.</source>
        <translation>%1 em %2 não tem %3, ou a credencial não consegue vê-lo.</translation>
    </message>
    <message>
        <source>Check the name, and that the signed-in account has access to it (%1 shows who is signed in).</source>
        <translation>Verifique o nome e se a conta conectada tem acesso a ele (%1 mostra quem está conectado).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid (%2).</source>
        <translation>%1 recusou a solicitação como inválida (%2).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid: %2</source>
        <translation>%1 recusou a solicitação como inválida: %2</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it with this message.</source>
        <translation>Tente novamente; se persistir, relate o problema com esta mensagem.</translation>
    </message>
    <message>
        <source>%1 is limiting requests from this account.</source>
        <translation>%1 está limitando as solicitações desta conta.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>%1 reported a conflict.</source>
        <translation>%1 relatou um conflito.</translation>
    </message>
    <message>
        <source>%1 reported a conflict: %2</source>
        <translation>%1 relatou um conflito: %2</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Tente novamente.</translation>
    </message>
    <message>
        <source>%1 at %2 failed with HTTP %3.</source>
        <translation>%1 em %2 falhou com HTTP %3.</translation>
    </message>
    <message>
        <source>Try again later; the service may be having trouble.</source>
        <translation>Tente novamente mais tarde; o serviço pode estar com problemas.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondeu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondeu HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>td::CiLogDiagnoser</name>
    <message>
        <source>No known cause found in this log. Run the publish again with --loglevel verbose and paste the whole log: npm prints the details of trusted publishing only at that level.</source>
        <translation>Nenhuma causa conhecida foi encontrada neste log. Execute a publicação novamente com --loglevel verbose e cole o log inteiro: o npm só mostra os detalhes da publicação confiável nesse nível.</translation>
    </message>
</context>
<context>
    <name>td::CiSeal</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia (libsodium).</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk; if it persists, report it.</source>
        <translation>Reinstale o TokenDesk; se persistir, relate o problema.</translation>
    </message>
    <message>
        <source>GitHub&apos;s public key for this secret store is not a %1-byte key (got %2 bytes); TokenDesk did not send the secret.</source>
        <translation>A chave pública do GitHub para este repositório de segredos não é uma chave de %1 bytes (tem %2 bytes); o TokenDesk não enviou o segredo.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the API address.</source>
        <translation>Tente novamente; se persistir, verifique o endereço da API.</translation>
    </message>
    <message>
        <source>Sealing the secret for GitHub failed.</source>
        <translation>Falha ao selar o segredo para o GitHub.</translation>
    </message>
    <message>
        <source>Try again; if it persists, report it.</source>
        <translation>Tente novamente; se persistir, relate o problema.</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLedger</name>
    <message>
        <source>The record of CI secret updates %1 is damaged; remove it (TokenDesk only loses which token each GitHub secret holds).</source>
        <translation>O histórico de atualizações de segredos de CI %1 está danificado; remova-o (o TokenDesk perde apenas qual token cada segredo do GitHub contém).</translation>
    </message>
</context>
<context>
    <name>td::CiSecretLines</name>
    <message>
        <source>%1 — could not be checked: %2</source>
        <translation>%1 — não foi possível verificar: %2</translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation>sem cliente para %1</translation>
    </message>
</context>
<context>
    <name>td::CiSecretTarget</name>
    <message>
        <source>secret %1 in %2</source>
        <translation>segredo %1 em %2</translation>
    </message>
    <message>
        <source>secret %1 of environment %2 in %3</source>
        <translation>segredo %1 do ambiente %2 em %3</translation>
    </message>
    <message>
        <source>organization secret %1 of %2</source>
        <translation>segredo de organização %1 de %2</translation>
    </message>
    <message>
        <source>variable %1 in GitLab project %2</source>
        <translation>variável %1 no projeto do GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab project %3</source>
        <translation>variável %1 (ambiente %2) no projeto do GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in GitLab group %2</source>
        <translation>variável %1 no grupo do GitLab %2</translation>
    </message>
    <message>
        <source>variable %1 (environment %2) in GitLab group %3</source>
        <translation>variável %1 (ambiente %2) no grupo do GitLab %3</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI project %2</source>
        <translation>variável %1 no projeto do CircleCI %2</translation>
    </message>
    <message>
        <source>variable %1 in CircleCI context %2</source>
        <translation>variável %1 no contexto do CircleCI %2</translation>
    </message>
</context>
<context>
    <name>td::CiServicesPage</name>
    <message>
        <source>When you rotate a token, TokenDesk puts the new one into the CI secrets that hold it, checks it arrived, and only then revokes the old one. Connected services:</source>
        <translation>Quando você rotaciona um token, o TokenDesk coloca o novo nos segredos de CI que o contêm, verifica se ele chegou e só então revoga o antigo. Serviços conectados:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Conectado como</translation>
    </message>
    <message>
        <source>Connected CI services</source>
        <translation>Serviços de CI conectados</translation>
    </message>
    <message>
        <source>No CI service connected: rotations ask you to update CI secrets yourself.</source>
        <translation>Nenhum serviço de CI conectado: as rotações pedem que você mesmo atualize os segredos de CI.</translation>
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
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2</source>
        <translation>Remover o login do %1 de %2</translation>
    </message>
    <message>
        <source>Remove CI sign-in</source>
        <translation>Remover login de CI</translation>
    </message>
    <message>
        <source>Remove the %1 sign-in of %2 on %3? TokenDesk deletes it from your keychain; rotations then ask you to update these CI secrets yourself.</source>
        <translation>Remover o login do %1 de %2 em %3? O TokenDesk o exclui do seu chaveiro; depois, as rotações pedem que você mesmo atualize esses segredos de CI.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>td::CiTargetDiscovery</name>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>Não foi possível verificar %1: %2</translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message>
        <source>updated just now</source>
        <translation>atualizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>atualizado há %n minuto</numerusform>
            <numerusform>atualizado há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>atualizado há %n hora</numerusform>
            <numerusform>atualizado há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>atualizado há %n dia</numerusform>
            <numerusform>atualizado há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — not connected: connect %2 to update it automatically</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 a service (&quot;GitHub&quot;)</extracomment>
        <translation>%1 — não conectado: conecte %2 para atualizá-lo automaticamente</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — verificando…</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — não encontrado em %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a CI secret (&quot;secret NPM_TOKEN in acme/widgets&quot;), %2 &quot;updated 41 days ago&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>revogando o token antigo…</translation>
    </message>
    <message>
        <source>old token revoked in %1 s</source>
        <translation>token antigo revogado em %1 s</translation>
    </message>
    <message>
        <source>old token revoked in %1 min %2 s</source>
        <extracomment>a countdown: &quot;old token revoked in 9 min 12 s&quot;</extracomment>
        <translation>token antigo revogado em %1 min %2 s</translation>
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
        <translation>projeto %1</translation>
    </message>
    <message>
        <source>CircleCI did not say who the token belongs to.</source>
        <translation>O CircleCI não informou a quem pertence o token.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v2.</source>
        <translation>Verifique se o endereço da API termina em /api/v2.</translation>
    </message>
    <message>
        <source>CircleCI has no context named %1 in %2.</source>
        <translation>O CircleCI não tem nenhum contexto chamado %1 em %2.</translation>
    </message>
    <message>
        <source>Check the context&apos;s name in the organization settings, and that the token&apos;s account belongs to %1.</source>
        <translation>Verifique o nome do contexto nas configurações da organização e se a conta do token pertence a %1.</translation>
    </message>
    <message>
        <source>CircleCI has no %1, or the token&apos;s account cannot see it.</source>
        <translation>O CircleCI não tem %1, ou a conta do token não consegue vê-lo.</translation>
    </message>
    <message>
        <source>Check the name, and that the project is followed in CircleCI.</source>
        <translation>Verifique o nome e se o projeto é seguido no CircleCI.</translation>
    </message>
    <message>
        <source>CircleCI needs a personal API token (project tokens do not work on API v2)</source>
        <translation>O CircleCI precisa de um token de API pessoal (tokens de projeto não funcionam na API v2)</translation>
    </message>
    <message>
        <source>Create one under User Settings → Personal API Tokens, then run tokendesk-cli ci login circleci.</source>
        <translation>Crie um em User Settings → Personal API Tokens e depois execute tokendesk-cli ci login circleci.</translation>
    </message>
    <message>
        <source>CircleCI did not accept the token. %1.</source>
        <translation>O CircleCI não aceitou o token. %1.</translation>
    </message>
    <message>
        <source>CircleCI refused access to %1. %2, of an account that may change its environment variables.</source>
        <translation>O CircleCI negou o acesso a %1. %2, de uma conta que possa alterar as variáveis de ambiente dele.</translation>
    </message>
    <message>
        <source>CircleCI refused the request. %1.</source>
        <translation>O CircleCI recusou a solicitação. %1.</translation>
    </message>
</context>
<context>
    <name>td::ConfirmRevokePanel</name>
    <message>
        <source>copy it from the keychain with the Copy button</source>
        <translation>copie-o do chaveiro com o botão Copiar</translation>
    </message>
    <message>
        <source>%1 is still valid: update these places, then revoke it</source>
        <translation>%1 ainda é válido: atualize estes lugares e depois revogue-o</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Copiar o novo token</translation>
    </message>
    <message>
        <source>I updated it — revoke the old token</source>
        <translation>Já atualizei — revogar o token antigo</translation>
    </message>
    <message>
        <source>Revoke pending: %1</source>
        <translation>Revogação pendente: %1</translation>
    </message>
    <message>
        <source>Its replacement works and is in use, but revoking the old token failed: %1. Retry when the registry answers again.</source>
        <translation>O substituto funciona e está em uso, mas a revogação do token antigo falhou: %1. Tente novamente quando o registro voltar a responder.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
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
        <translation>sem expiração</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>expirou agora mesmo</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirou há %1</translation>
    </message>
</context>
<context>
    <name>td::CredentialFinding</name>
    <message>
        <source>token in plain text</source>
        <translation>token em texto simples</translation>
    </message>
    <message>
        <source>user and password (_auth)</source>
        <translation>usuário e senha (_auth)</translation>
    </message>
    <message>
        <source>user and password (_password)</source>
        <translation>usuário e senha (_password)</translation>
    </message>
    <message>
        <source>reference to an environment variable</source>
        <translation>referência a uma variável de ambiente</translation>
    </message>
    <message>
        <source>environment variable</source>
        <translation>variável de ambiente</translation>
    </message>
    <message>
        <source>Yarn npmAuthToken</source>
        <translation>npmAuthToken do Yarn</translation>
    </message>
    <message>
        <source>Yarn npmAuthIdent</source>
        <translation>npmAuthIdent do Yarn</translation>
    </message>
    <message>
        <source>CI secret</source>
        <translation>segredo de CI</translation>
    </message>
    <message>
        <source>%1:%2 CI uses secret %3</source>
        <translation>%1:%2 a CI usa o segredo %3</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variável de ambiente %1</translation>
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
        <translation>Não é possível ler %1: %2</translation>
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
        <translation>Diagnosticar uma publicação de CI</translation>
    </message>
    <message>
        <source>Paste the log of the failed CI job here.</source>
        <translation>Cole aqui o log do trabalho de CI que falhou.</translation>
    </message>
    <message>
        <source>CI log</source>
        <translation>Log de CI</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas prováveis</translation>
    </message>
    <message>
        <source>&amp;Log:</source>
        <translation>&amp;Log:</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(linha %1 do log)</translation>
    </message>
</context>
<context>
    <name>td::DialogLauncher</name>
    <message>
        <source>Sign in to an npm account to create tokens.</source>
        <translation>Entre em uma conta do npm para criar tokens.</translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message>
        <source>npm token &apos;%1&apos; has expired</source>
        <translation>O token do npm &quot;%1&quot; expirou</translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>O token do npm &quot;%1&quot; expira em %n dia</numerusform>
            <numerusform>O token do npm &quot;%1&quot; expira em %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>O token do npm &quot;%1&quot; expira em %n hora</numerusform>
            <numerusform>O token do npm &quot;%1&quot; expira em %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>O token do npm &quot;%1&quot; expira em %n minuto</numerusform>
            <numerusform>O token do npm &quot;%1&quot; expira em %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message>
        <source>Expiry and IP ranges</source>
        <translation>Expiração e intervalos de IP</translation>
    </message>
    <message>
        <source>A shorter life limits the damage of a leaked token. TokenDesk reminds you before it expires.</source>
        <translation>Uma vida mais curta limita o estrago de um token vazado. O TokenDesk avisa você antes que ele expire.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expira em %n dia</numerusform>
            <numerusform>Expira em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Custom date:</source>
        <translation>&amp;Data personalizada:</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Data de expiração personalizada</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Intervalos de IP permitidos</translation>
    </message>
    <message>
        <source>any address, or e.g. 192.0.2.0/24, 198.51.100.7/32</source>
        <translation>qualquer endereço, ou p. ex. 192.0.2.0/24, 198.51.100.7/32</translation>
    </message>
    <message>
        <source>Allowed &amp;IP ranges (IPv4 CIDR):</source>
        <translation>Intervalos de &amp;IP permitidos (CIDR IPv4):</translation>
    </message>
    <message>
        <source>npm&apos;s rules: tokens that can write live %1 to %2 days (default %3); read-only tokens default to %4 days with no maximum.</source>
        <translation>Regras do npm: tokens que podem gravar duram de %1 a %2 dias (padrão: %3); tokens somente leitura têm padrão de %4 dias, sem máximo.</translation>
    </message>
    <message>
        <source>This token can write.</source>
        <translation>Este token pode gravar.</translation>
    </message>
    <message>
        <source>This token is read-only.</source>
        <translation>Este token é somente leitura.</translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Expira em %1 (daqui a %n dia).</numerusform>
            <numerusform>Expira em %1 (daqui a %n dias).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed: install it and run &quot;gh auth login&quot;, or paste a token instead.</source>
        <translation>A CLI do GitHub (gh) não está instalada: instale-a e execute &quot;gh auth login&quot;, ou cole um token em vez disso.</translation>
    </message>
    <message>
        <source>The GitHub CLI is not signed in to %1: run &quot;gh auth login --hostname %1&quot;, or paste a token instead.</source>
        <translation>A CLI do GitHub não está conectada a %1: execute &quot;gh auth login --hostname %1&quot;, ou cole um token em vez disso.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) could not be started: %1</source>
        <translation>Não foi possível iniciar a CLI do GitHub (gh): %1</translation>
    </message>
    <message>
        <source>The GitHub CLI did not answer within 20 seconds: paste a token instead.</source>
        <translation>A CLI do GitHub não respondeu em 20 segundos: cole um token em vez disso.</translation>
    </message>
</context>
<context>
    <name>td::GitHubSecretClient</name>
    <message>
        <source>environment %1 in the repository %2/%3</source>
        <translation>ambiente %1 no repositório %2/%3</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>organização %1</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>repositório %1/%2</translation>
    </message>
    <message>
        <source>Organization secrets read and write (classic token: admin:org)</source>
        <translation>Organization secrets: leitura e gravação (token clássico: admin:org)</translation>
    </message>
    <message>
        <source>Secrets read and write (classic token: repo)</source>
        <translation>Secrets: leitura e gravação (token clássico: repo)</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about %1 could not be read.</source>
        <translation>Não foi possível ler a resposta do GitHub sobre %1.</translation>
    </message>
    <message>
        <source>Check the API address; if it is right, try again later.</source>
        <translation>Verifique o endereço da API; se estiver correto, tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>o usuário conectado</translation>
    </message>
    <message>
        <source>%1 is not a GitHub secret.</source>
        <translation>%1 não é um segredo do GitHub.</translation>
    </message>
    <message>
        <source>There is no value to push.</source>
        <translation>Não há nenhum valor para enviar.</translation>
    </message>
    <message>
        <source>the public key of the %1</source>
        <translation>a chave pública (%1)</translation>
    </message>
</context>
<context>
    <name>td::GitLabDeviceEndpoints</name>
    <message>
        <source>Signing in to GitLab in the browser needs the Application ID of an OAuth application on %1.</source>
        <translation>Para entrar no GitLab pelo navegador, é necessário o Application ID de um aplicativo OAuth em %1.</translation>
    </message>
    <message>
        <source>Paste a personal access token with scope api instead: tokendesk-cli ci login gitlab --with-token</source>
        <translation>Em vez disso, cole um token de acesso pessoal com o escopo api: tokendesk-cli ci login gitlab --with-token</translation>
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
        <translation>projeto %1</translation>
    </message>
    <message>
        <source>GitLab&apos;s answer about a CI/CD variable could not be read.</source>
        <translation>Não foi possível ler a resposta do GitLab sobre uma variável de CI/CD.</translation>
    </message>
    <message>
        <source>Check that the API address ends in /api/v4.</source>
        <translation>Verifique se o endereço da API termina em /api/v4.</translation>
    </message>
    <message>
        <source>GitLab did not say who the token belongs to.</source>
        <translation>O GitLab não informou a quem pertence o token.</translation>
    </message>
    <message>
        <source>GitLab hides the value of %1, so it cannot be read back to check it.</source>
        <translation>O GitLab oculta o valor de %1, então ele não pode ser lido de volta para verificação.</translation>
    </message>
    <message>
        <source>Check the variable in the CI/CD settings yourself.</source>
        <translation>Verifique você mesmo a variável nas configurações de CI/CD.</translation>
    </message>
    <message>
        <source>the Owner role on group %1 (token scope api)</source>
        <translation>a função Owner no grupo %1 (escopo do token: api)</translation>
    </message>
    <message>
        <source>the Maintainer role on project %1 (token scope api)</source>
        <translation>a função Maintainer no projeto %1 (escopo do token: api)</translation>
    </message>
    <message>
        <source>The GitLab token</source>
        <translation>O token do GitLab</translation>
    </message>
    <message>
        <source>The GitLab token of %1</source>
        <translation>O token do GitLab de %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 precisa de %2.</translation>
    </message>
    <message>
        <source>Ask an owner to grant that role, or sign in as someone who has it: %1</source>
        <translation>Peça a um proprietário que conceda essa função, ou entre como alguém que a tenha: %1</translation>
    </message>
    <message>
        <source>GitLab has no %1, or the token cannot see it.</source>
        <translation>O GitLab não tem %1, ou o token não consegue vê-lo.</translation>
    </message>
    <message>
        <source>Check the path in the CI/CD settings&apos; address, and that the signed-in account is a member.</source>
        <translation>Verifique o caminho no endereço das configurações de CI/CD e se a conta conectada é membro.</translation>
    </message>
    <message>
        <source>GitLab refused the new value of %1: a masked variable&apos;s value must be one line without spaces and at least 8 characters.</source>
        <translation>O GitLab recusou o novo valor de %1: o valor de uma variável mascarada deve ser uma única linha sem espaços e ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Check the token, or turn off masking for the variable in the CI/CD settings.</source>
        <translation>Verifique o token ou desative o mascaramento da variável nas configurações de CI/CD.</translation>
    </message>
</context>
<context>
    <name>td::GuiTwoFactorPrompt</name>
    <message>
        <source>You cancelled the two-factor authentication.</source>
        <translation>Você cancelou a autenticação de dois fatores.</translation>
    </message>
    <message>
        <source>Another code was asked for.</source>
        <translation>Outro código foi solicitado.</translation>
    </message>
</context>
<context>
    <name>td::HttpTransport</name>
    <message>
        <source>The registry&apos;s answer is larger than %1 MB; TokenDesk stopped reading it.</source>
        <translation>A resposta do registro é maior que %1 MB; o TokenDesk parou de lê-la.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, the registry is misbehaving.</source>
        <translation>Tente novamente mais tarde; se persistir, o registro está com problemas.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s; it may have acted on the request.</source>
        <translation>O registro em %1 não terminou de responder em %2 s; ele pode ter executado a solicitação.</translation>
    </message>
    <message>
        <source>The registry at %1 did not finish answering within %2 s.</source>
        <translation>O registro em %1 não terminou de responder em %2 s.</translation>
    </message>
    <message>
        <source>The registry at %1 stopped answering for %2 s; it may have acted on the request.</source>
        <translation>O registro em %1 parou de responder por %2 s; ele pode ter executado a solicitação.</translation>
    </message>
    <message>
        <source>The registry at %1 did not answer within %2 seconds.</source>
        <translation>O registro em %1 não respondeu em %2 segundos.</translation>
    </message>
    <message>
        <source>Check whether the change was made before you try again.</source>
        <translation>Verifique se a alteração foi feita antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Check your connection and try again.</source>
        <translation>Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the request was sent; the registry may have acted on it.</source>
        <translation>A conexão com %1 caiu depois que a solicitação foi enviada; o registro pode tê-la executado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete.</source>
        <translation>A conexão com %1 foi fechada antes de a resposta estar completa.</translation>
    </message>
    <message>
        <source>Could not reach the registry at %1: %2</source>
        <translation>Não foi possível acessar o registro em %1: %2</translation>
    </message>
    <message>
        <source>TokenDesk never ignores certificate errors; check the system date and the registry&apos;s certificate.</source>
        <translation>O TokenDesk nunca ignora erros de certificado; verifique a data do sistema e o certificado do registro.</translation>
    </message>
    <message>
        <source>Check your connection and the registry address, then try again.</source>
        <translation>Verifique sua conexão e o endereço do registro e tente novamente.</translation>
    </message>
    <message>
        <source>The registry redirected too many times.</source>
        <translation>O registro redirecionou vezes demais.</translation>
    </message>
    <message>
        <source>Check the registry address.</source>
        <translation>Verifique o endereço do registro.</translation>
    </message>
    <message>
        <source>The registry redirected to an unencrypted address (%1); TokenDesk refuses to follow.</source>
        <translation>O registro redirecionou para um endereço sem criptografia (%1); o TokenDesk se recusa a segui-lo.</translation>
    </message>
    <message>
        <source>The registry at %1 redirected this request to %2; TokenDesk does not send credentials or request data to another address.</source>
        <translation>O registro em %1 redirecionou esta solicitação para %2; o TokenDesk não envia credenciais nem dados da solicitação para outro endereço.</translation>
    </message>
    <message>
        <source>Check the registry address; if the registry has moved, sign in at its new address.</source>
        <translation>Verifique o endereço do registro; se o registro mudou de endereço, entre no novo endereço.</translation>
    </message>
</context>
<context>
    <name>td::IncidentReport</name>
    <message>
        <source>unknown time</source>
        <translation>horário desconhecido</translation>
    </message>
    <message>
        <source>Lockdown: %1 (%2)</source>
        <translation>Bloqueio: %1 (%2)</translation>
    </message>
    <message>
        <source>## Timeline</source>
        <translation>## Linha do tempo</translation>
    </message>
    <message>
        <source>- (nothing recorded)</source>
        <translation>- (nada registrado)</translation>
    </message>
    <message>
        <source>## Versions</source>
        <translation>## Versões</translation>
    </message>
    <message>
        <source>| Package | Version | Published | Verdict | Evidence |</source>
        <translation>| Pacote | Versão | Publicada em | Veredito | Evidência |</translation>
    </message>
    <message>
        <source>## Actions taken</source>
        <translation>## Ações realizadas</translation>
    </message>
    <message>
        <source>Lockdown stopped before any write: this machine had traces of a known worm.</source>
        <translation>O bloqueio parou antes de qualquer escrita: esta máquina tinha vestígios de um worm conhecido.</translation>
    </message>
    <message>
        <source>| Action | Result |</source>
        <translation>| Ação | Resultado |</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>concluído %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FALHOU: %1</translation>
    </message>
    <message>
        <source>UNCONFIRMED: sent, no answer (resume the lockdown)</source>
        <translation>NÃO CONFIRMADO: enviado, sem resposta (retome o bloqueio)</translation>
    </message>
    <message>
        <source>NOT DONE (resume the lockdown)</source>
        <translation>NÃO FEITO (retome o bloqueio)</translation>
    </message>
    <message>
        <source>No registry write was made.</source>
        <translation>Nenhuma escrita foi feita no registro.</translation>
    </message>
    <message>
        <source>- %1: skipped by the user</source>
        <translation>- %1: ignorado pelo usuário</translation>
    </message>
    <message>
        <source>### Steps not taken</source>
        <translation>### Etapas não realizadas</translation>
    </message>
    <message>
        <source>## What is left</source>
        <translation>## O que falta</translation>
    </message>
    <message>
        <source>- [ ] Report %1@%2 to npm: %3</source>
        <translation>- [ ] Denunciar %1@%2 ao npm: %3</translation>
    </message>
    <message>
        <source>- [ ] Unpublish (npm&apos;s rules allow it now): `%1`</source>
        <translation>- [ ] Cancelar a publicação (as regras do npm permitem agora): `%1`</translation>
    </message>
    <message>
        <source>- [ ] Purge the CI caches of every affected repository (a poisoned cache re-arms the next release).</source>
        <translation>- [ ] Limpar os caches de CI de todos os repositórios afetados (um cache envenenado rearma a próxima versão).</translation>
    </message>
    <message>
        <source>- [ ] Rotate every CI secret the affected workflows could read.</source>
        <translation>- [ ] Trocar todos os segredos de CI que os workflows afetados podiam ler.</translation>
    </message>
    <message>
        <source>- [ ] Publish an advisory (GitHub security advisory) naming the bad versions and the good ones.</source>
        <translation>- [ ] Publicar um aviso (aviso de segurança do GitHub) citando as versões comprometidas e as versões boas.</translation>
    </message>
    <message>
        <source>- [ ] Publish a clean higher version: version ranges still pick the highest version, whatever the tags say.</source>
        <translation>- [ ] Publicar uma versão maior e limpa: os intervalos de versão ainda escolhem a versão mais alta, seja qual for a tag.</translation>
    </message>
    <message>
        <source>- [ ] Token revocations can take up to an hour to take effect: watch the packages meanwhile.</source>
        <translation>- [ ] A revogação de tokens pode levar até uma hora para ter efeito: vigie os pacotes enquanto isso.</translation>
    </message>
    <message>
        <source># Incident report: %1</source>
        <translation># Relatório de incidente: %1</translation>
    </message>
    <message>
        <source>Written by TokenDesk at %1.</source>
        <translation>Escrito pelo TokenDesk em %1.</translation>
    </message>
</context>
<context>
    <name>td::KeychainSecretStore</name>
    <message>
        <source>No secret is stored in the keychain under “%1”.</source>
        <translation>Nenhum segredo está armazenado no chaveiro com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The keychain is locked — unlock it and try again.</source>
        <translation>O chaveiro está bloqueado — desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>Unlock your login keyring, for example by signing in to your desktop session or with Seahorse (Passwords and Keys). Nothing was changed.</source>
        <translation>Desbloqueie seu chaveiro de login, por exemplo entrando na sua sessão da área de trabalho ou com o Seahorse (Senhas e chaves). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The keychain is not responding.</source>
        <translation>O chaveiro não está respondendo.</translation>
    </message>
    <message>
        <source>It may be waiting for you to unlock it in another window; answer that prompt or restart the keyring service, then try again.</source>
        <translation>Ele pode estar esperando que você o desbloqueie em outra janela; responda a essa solicitação ou reinicie o serviço de chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>No usable keychain was found (%1).</source>
        <translation>Nenhum chaveiro utilizável foi encontrado (%1).</translation>
    </message>
    <message>
        <source>TokenDesk keeps secrets only in the system keychain, never in plain files. Start a Secret Service provider such as gnome-keyring or KWallet and try again.</source>
        <translation>O TokenDesk guarda segredos somente no chaveiro do sistema, nunca em arquivos simples. Inicie um provedor de Secret Service, como o gnome-keyring ou o KWallet, e tente novamente.</translation>
    </message>
</context>
<context>
    <name>td::KindBadge</name>
    <message>
        <source>session</source>
        <translation>sessão</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>clássico</translation>
    </message>
    <message>
        <source>granular</source>
        <translation>granular</translation>
    </message>
    <message>
        <source>bypasses 2FA</source>
        <translation>ignora a 2FA</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>leitura e gravação</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>somente preparar</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>publicação</translation>
    </message>
    <message>
        <source>automation</source>
        <translation>automação</translation>
    </message>
    <message>
        <source>ends Jan 2027</source>
        <translation>termina em jan 2027</translation>
    </message>
</context>
<context>
    <name>td::LibArchive</name>
    <message>
        <source>libarchive could not be loaded (%1).</source>
        <translation>Não foi possível carregar a libarchive (%1).</translation>
    </message>
    <message>
        <source>%1 is not the libarchive TokenDesk needs: it has no %2.</source>
        <translation>%1 não é a libarchive de que o TokenDesk precisa: falta %2.</translation>
    </message>
</context>
<context>
    <name>td::LocalFile</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO), not a regular file; TokenDesk does not read from pipes.</source>
        <translation>%1 é um pipe nomeado (FIFO), não um arquivo comum; o TokenDesk não lê de pipes.</translation>
    </message>
    <message>
        <source>%1 is a device, not a regular file; TokenDesk does not read from devices.</source>
        <translation>%1 é um dispositivo, não um arquivo comum; o TokenDesk não lê de dispositivos.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 não é um arquivo comum.</translation>
    </message>
</context>
<context>
    <name>td::LockdownDialog</name>
    <message>
        <source>Reading the packages and your tokens…</source>
        <translation>Lendo os pacotes e os seus tokens…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Open npm&apos;s &amp;report page</source>
        <translation>Abrir a página de &amp;denúncia do npm</translation>
    </message>
    <message>
        <source>Lockdown</source>
        <translation>Bloqueio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Running %1 of %2…</source>
        <translation>Executando %1 de %2…</translation>
    </message>
    <message>
        <source>%1 … working</source>
        <translation>%1 … em andamento</translation>
    </message>
    <message>
        <source>%1 … done</source>
        <translation>%1 … concluído</translation>
    </message>
    <message>
        <source>%1 … failed: %2</source>
        <translation>%1 … falhou: %2</translation>
    </message>
    <message>
        <source>Respond to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <source>Untick what you do not want. Before the first change TokenDesk checks this computer for a worm&apos;s watchdog. You approve the changes once.</source>
        <translation>Desmarque o que você não quer. Antes da primeira alteração, o TokenDesk procura neste computador o watchdog de um worm. Você aprova as alterações uma única vez.</translation>
    </message>
    <message>
        <source>Stopped before any change: this computer has a worm&apos;s persistence. Disarm it first, then press Run again.

%1</source>
        <translation>Interrompido antes de qualquer alteração: este computador tem vestígios de worm. Desarme-os primeiro e depois clique em Executar novamente.

%1</translation>
    </message>
    <message>
        <source>The incident report could not be written.</source>
        <translation>Não foi possível gravar o relatório de incidente.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Relatório de incidente: %1</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Todas as etapas foram concluídas.</translation>
    </message>
    <message>
        <source>A step failed; the steps after it were not run. Retry carries on from the failed step.</source>
        <translation>Uma etapa falhou; as etapas seguintes não foram executadas. Tentar novamente continua a partir da etapa que falhou.</translation>
    </message>
    <message>
        <source>An earlier lockdown (started %1) stopped before it finished. Resume carries it on from its first step not done; Run plans afresh from the registry.</source>
        <translation>Um bloqueio anterior (iniciado em %1) parou antes de terminar. &quot;Retomar&quot; o continua a partir da primeira etapa não concluída; &quot;Executar&quot; planeja do zero a partir do registro.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Retomar</translation>
    </message>
</context>
<context>
    <name>td::LockdownGather</name>
    <message>
        <source>No bad version of %1 is known: the publish watch has no open alarm for it. Name the versions (tokendesk-cli: --bad VERSION).</source>
        <translation>Nenhuma versão comprometida de %1 é conhecida: a vigilância de publicações não tem alarme aberto para ele. Informe as versões (tokendesk-cli: --bad VERSION).</translation>
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
        <translation>O diário do bloqueio %1 está danificado.</translation>
    </message>
    <message>
        <source>Check the package settings on the website, then start a new lockdown.</source>
        <translation>Verifique as configurações do pacote no site e inicie um novo bloqueio.</translation>
    </message>
</context>
<context>
    <name>td::LockdownPlan</name>
    <message>
        <source>Require 2FA and disallow tokens</source>
        <translation>Exigir 2FA e proibir tokens</translation>
    </message>
    <message>
        <source>Revoke the abused trusted publisher</source>
        <translation>Revogar o publicador confiável abusado</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Revogar tokens</translation>
    </message>
    <message>
        <source>Remove unexpected maintainers</source>
        <translation>Remover mantenedores inesperados</translation>
    </message>
    <message>
        <source>Reject pending staged versions</source>
        <translation>Rejeitar versões preparadas pendentes</translation>
    </message>
    <message>
        <source>Move dist-tags back to the last good version</source>
        <translation>Mover as tags de volta para a última versão boa</translation>
    </message>
    <message>
        <source>Deprecate the bad versions</source>
        <translation>Marcar as versões comprometidas como obsoletas</translation>
    </message>
    <message>
        <source>Unpublish the bad versions</source>
        <translation>Cancelar a publicação das versões comprometidas</translation>
    </message>
    <message>
        <source>%1: require 2FA, disallow tokens</source>
        <translation>%1: exigir 2FA, proibir tokens</translation>
    </message>
    <message>
        <source>Every package already requires 2FA and disallows tokens.</source>
        <translation>Todos os pacotes já exigem 2FA e proíbem tokens.</translation>
    </message>
    <message>
        <source>%1: revoke %2</source>
        <translation>%1: revogar %2</translation>
    </message>
    <message>
        <source>%1: %2 kept (not used in the attack)</source>
        <translation>%1: %2 mantido (não usado no ataque)</translation>
    </message>
    <message>
        <source>No trusted publisher published a bad version.</source>
        <translation>Nenhum publicador confiável publicou uma versão comprometida.</translation>
    </message>
    <message>
        <source>No package has a trusted publisher.</source>
        <translation>Nenhum pacote tem publicador confiável.</translation>
    </message>
    <message>
        <source>The account&apos;s tokens are not known: sign in to list them.</source>
        <translation>Os tokens da conta não são conhecidos: entre para listá-los.</translation>
    </message>
    <message>
        <source>kept: %1 (this lockdown signs in with it; sign out when it is done)</source>
        <translation>mantido: %1 (este bloqueio entra com ele; saia quando terminar)</translation>
    </message>
    <message>
        <source>kept: %1 (verified in use by %2)</source>
        <translation>mantido: %1 (uso verificado por %2)</translation>
    </message>
    <message>
        <source>revoke %1</source>
        <translation>revogar %1</translation>
    </message>
    <message>
        <source>The account has no tokens.</source>
        <translation>A conta não tem tokens.</translation>
    </message>
    <message>
        <source>Every token is verified in use by your own CI and is kept.</source>
        <translation>Todos os tokens têm uso verificado pela sua própria CI e são mantidos.</translation>
    </message>
    <message>
        <source>No list of expected maintainers: TokenDesk removes no one.</source>
        <translation>Não há lista de mantenedores esperados: o TokenDesk não remove ninguém.</translation>
    </message>
    <message>
        <source>%1: no expected maintainer left to keep; none removed</source>
        <translation>%1: nenhum mantenedor esperado restaria; ninguém removido</translation>
    </message>
    <message>
        <source>%1: remove maintainer %2</source>
        <translation>%1: remover o mantenedor %2</translation>
    </message>
    <message>
        <source>Every maintainer is expected.</source>
        <translation>Todos os mantenedores são esperados.</translation>
    </message>
    <message>
        <source>No expected maintainer would be left: add one first, then remove the others.</source>
        <translation>Nenhum mantenedor esperado restaria: adicione um primeiro e depois remova os outros.</translation>
    </message>
    <message>
        <source>%1: reject staged %2</source>
        <translation>%1: rejeitar a versão preparada %2</translation>
    </message>
    <message>
        <source>No staged version is pending.</source>
        <translation>Nenhuma versão preparada pendente.</translation>
    </message>
    <message>
        <source>%1: %2 points at %3 but no good version is known</source>
        <translation>%1: %2 aponta para %3, mas nenhuma versão boa é conhecida</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No dist-tag points at a bad version.</source>
        <translation>Nenhuma tag aponta para uma versão comprometida.</translation>
    </message>
    <message>
        <source>No good version to move the tags to.</source>
        <translation>Não há versão boa para onde mover as tags.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Do not use.</source>
        <translation>Versão comprometida, publicada sem o consentimento dos mantenedores. Não use.</translation>
    </message>
    <message>
        <source>Compromised release, published without the maintainers&apos; consent. Use %1.</source>
        <translation>Versão comprometida, publicada sem o consentimento dos mantenedores. Use %1.</translation>
    </message>
    <message>
        <source>%1@%2: deprecate</source>
        <translation>%1@%2: marcar como obsoleta</translation>
    </message>
    <message>
        <source>No bad version is known.</source>
        <translation>Nenhuma versão comprometida é conhecida.</translation>
    </message>
    <message>
        <source>%1@%2: its publish time is unknown</source>
        <translation>%1@%2: o horário de publicação é desconhecido</translation>
    </message>
    <message>
        <source>%1@%2: published more than 72 hours ago</source>
        <translation>%1@%2: publicada há mais de 72 horas</translation>
    </message>
    <message>
        <source>%1@%2: TokenDesk cannot tell whether other packages depend on it</source>
        <translation>%1@%2: o TokenDesk não consegue saber se outros pacotes dependem dela</translation>
    </message>
    <message>
        <source>%1@%2: other packages depend on it</source>
        <translation>%1@%2: outros pacotes dependem dela</translation>
    </message>
    <message>
        <source>npm unpublish %1@%2</source>
        <translation>npm unpublish %1@%2</translation>
    </message>
    <message>
        <source>npm&apos;s rules do not allow it (%1). Deprecate and report instead.</source>
        <translation>As regras do npm não permitem (%1). Marque como obsoleta e denuncie.</translation>
    </message>
    <message>
        <source>%1: trusted publishers as TokenDesk last read them, %2 (reading them again needs 2FA)</source>
        <translation>%1: publicadores confiáveis como o TokenDesk os leu pela última vez, %2 (lê-los de novo exige 2FA)</translation>
    </message>
    <message>
        <source>%1: revoke the trusted publisher %2 (it published a bad version)</source>
        <translation>%1: revogar o publicador confiável %2 (ele publicou uma versão comprometida)</translation>
    </message>
    <message>
        <source>%1 was published with a token, not through the trusted publisher: keep it.</source>
        <translation>%1 foi publicada com um token, não pelo publicador confiável: ele é mantido.</translation>
    </message>
    <message>
        <source>No bad version came through a trusted publisher, and TokenDesk has not read the trusted publishers of %1 (tokendesk-cli trust list reads them, with 2FA).</source>
        <translation>Nenhuma versão comprometida veio por um publicador confiável, e o TokenDesk não leu os publicadores confiáveis de %1 (tokendesk-cli trust list os lê, com 2FA).</translation>
    </message>
    <message>
        <source>Every bad version is already deprecated.</source>
        <translation>Todas as versões comprometidas já estão marcadas como obsoletas.</translation>
    </message>
</context>
<context>
    <name>td::LockdownRunner</name>
    <message>
        <source>Lockdown stopped before revoking anything: this machine has traces of a known worm.

%1</source>
        <translation>O bloqueio parou antes de revogar qualquer coisa: esta máquina tem vestígios de um worm conhecido.

%1</translation>
    </message>
    <message>
        <source>Disarm what was found first, then start the lockdown again.</source>
        <translation>Desarme primeiro o que foi encontrado e depois inicie o bloqueio novamente.</translation>
    </message>
    <message>
        <source>A lockdown is already running.</source>
        <translation>Um bloqueio já está em andamento.</translation>
    </message>
    <message>
        <source>The lockdown has nothing to do: no ticked step applies.</source>
        <translation>O bloqueio não tem nada a fazer: nenhuma etapa marcada se aplica.</translation>
    </message>
    <message>
        <source>Tick at least one step that applies.</source>
        <translation>Marque pelo menos uma etapa que se aplique.</translation>
    </message>
    <message>
        <source>TokenDesk does not unpublish.</source>
        <translation>O TokenDesk não cancela publicações.</translation>
    </message>
    <message>
        <source>Run npm unpublish yourself if npm&apos;s rules allow it.</source>
        <translation>Execute npm unpublish você mesmo, se as regras do npm permitirem.</translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>criado em %1</translation>
    </message>
    <message>
        <source>Revoke it with &apos;tokendesk-cli token revoke &lt;id&gt;&apos; or on npmjs.com under Access Tokens.</source>
        <translation>Revogue-o com &quot;tokendesk-cli token revoke &lt;id&gt;&quot; ou no npmjs.com, em Access Tokens.</translation>
    </message>
    <message>
        <source>the sign-in ended</source>
        <translation>o login foi encerrado</translation>
    </message>
    <message>
        <source>The registry may have created token &apos;%1&apos; but its answer was lost (%2), and TokenDesk could not check (%3).</source>
        <translation>O registro pode ter criado o token &quot;%1&quot;, mas a resposta se perdeu (%2) e o TokenDesk não conseguiu verificar (%3).</translation>
    </message>
    <message>
        <source>Look for a token named &apos;%1&apos; created at or after %2 and revoke it: its secret was never received. %3</source>
        <translation>Procure um token chamado &quot;%1&quot; criado em %2 ou depois e revogue-o: o segredo dele nunca foi recebido. %3</translation>
    </message>
    <message>
        <source>Create it again. If a token named &apos;%1&apos; created at or after %2 shows up later, revoke it: its secret was never received.</source>
        <translation>Crie-o novamente. Se um token chamado &quot;%1&quot; criado em %2 ou depois aparecer mais tarde, revogue-o: o segredo dele nunca foi recebido.</translation>
    </message>
    <message>
        <source>Create it again.</source>
        <translation>Crie-o novamente.</translation>
    </message>
    <message>
        <source>%1 TokenDesk checked: the registry has not created token &apos;%2&apos;.</source>
        <translation>%1 O TokenDesk verificou: o registro não criou o token &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>O registro criou o token &quot;%1&quot;, mas a resposta se perdeu; desde então foi criado %n token com esse nome, então o TokenDesk não revogou nenhum: %2.</numerusform>
            <numerusform>O registro criou o token &quot;%1&quot;, mas a resposta se perdeu; desde então foram criados %n tokens com esse nome, então o TokenDesk não revogou nenhum: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the ones you do not use (the newest is most likely the lost one). %1</source>
        <translation>Revogue os que você não usa (o mais recente provavelmente é o perdido). %1</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost, and TokenDesk could not revoke it (%2): %3.</source>
        <translation>O registro criou o token &quot;%1&quot;, mas a resposta se perdeu e o TokenDesk não conseguiu revogá-lo (%2): %3.</translation>
    </message>
    <message>
        <source>Its secret was never received. Revoke it with &apos;tokendesk-cli token revoke %1&apos; or on npmjs.com under Access Tokens, then create it again.</source>
        <translation>O segredo dele nunca foi recebido. Revogue-o com &quot;tokendesk-cli token revoke %1&quot; ou no npmjs.com, em Access Tokens, e depois crie-o novamente.</translation>
    </message>
    <message>
        <source>The registry created token &apos;%1&apos; but its answer was lost; TokenDesk revoked it (%2).</source>
        <translation>O registro criou o token &quot;%1&quot;, mas a resposta se perdeu; o TokenDesk o revogou (%2).</translation>
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
        <translation>Não conectado · adicione uma conta para ver os tokens dela</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Novo token…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Trusted publishing…</source>
        <translation>&amp;Publicação confiável…</translation>
    </message>
    <message>
        <source>&amp;Migrate tokens…</source>
        <translation>&amp;Migrar tokens…</translation>
    </message>
    <message>
        <source>R&amp;escan this computer for tokens</source>
        <translation>P&amp;rocurar tokens novamente neste computador</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>No system tray was found: TokenDesk cannot warn you about expiring tokens while this window is closed, and closing it quits.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada: o TokenDesk não pode avisar sobre tokens prestes a expirar enquanto esta janela estiver fechada, e fechá-la encerra o aplicativo.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Linha do tem&amp;po</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Filter by name, package, scope or kind</source>
        <translation>Filtrar por nome, pacote, escopo ou tipo</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrar tokens</translation>
    </message>
    <message>
        <source>Show &amp;revoked and expired</source>
        <translation>Mostrar &amp;revogados e expirados</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Staged releases</source>
        <translation>Versões &amp;preparadas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>Versões &amp;preparadas (%n)</numerusform>
            <numerusform>Versões &amp;preparadas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>P&amp;ublicação</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>P&amp;ublicação (%n em risco)</numerusform>
            <numerusform>P&amp;ublicação (%n em risco)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>End the selected account&apos;s session; its tokens stay on npm.</source>
        <translation>Encerrar a sessão da conta selecionada; os tokens dela continuam no npm.</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>&amp;Remover conta…</translation>
    </message>
    <message>
        <source>Sign out and forget the selected account on this computer.</source>
        <translation>Sair e esquecer a conta selecionada neste computador.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentação</translation>
    </message>
    <message>
        <source>Open TokenDesk&apos;s documentation in your browser.</source>
        <translation>Abrir a documentação do TokenDesk no navegador.</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Sobre o TokenDesk</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
            <numerusform>A área de transferência será limpa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Set token &amp;expiry…</source>
        <translation>Definir &amp;expiração do token…</translation>
    </message>
    <message>
        <source>Enter when the selected account&apos;s token ends; this registry does not say.</source>
        <translation>Informe quando o token da conta selecionada termina; este registro não informa isso.</translation>
    </message>
    <message>
        <source>Starts a registry on this computer with demo accounts and tokens. Nothing you do there reaches npm.</source>
        <translation>Inicia um registro neste computador com contas e tokens de demonstração. Nada do que você fizer lá chega ao npm.</translation>
    </message>
    <message>
        <source>Sign in to &amp;npm…</source>
        <translation>Entrar no &amp;npm…</translation>
    </message>
    <message>
        <source>Starting the practice registry…</source>
        <translation>Iniciando o registro de prática…</translation>
    </message>
    <message>
        <source>Try it with the &amp;practice registry</source>
        <translation>E&amp;xperimentar com o registro de prática</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Versões</translation>
    </message>
</context>
<context>
    <name>td::ManualSteps</name>
    <message>
        <source>Set the CI secret %1 in %2 to the new token — %3. (%4 uses it.)</source>
        <translation>Defina o segredo de CI %1 em %2 com o novo token — %3. (%4 o usa.)</translation>
    </message>
    <message>
        <source>%1, line %2 reads ${%3}: set %3 to the new token wherever you export it (for example export %3=… in ~/.profile) — %4.</source>
        <translation>%1, a linha %2 lê ${%3}: defina %3 com o novo token onde quer que você o exporte (por exemplo, export %3=… em ~/.profile) — %4.</translation>
    </message>
    <message>
        <source>Set the environment variable %1 to the new token wherever you export it (for example export %1=… in ~/.profile) — %2.</source>
        <translation>Defina a variável de ambiente %1 com o novo token onde quer que você a exporte (por exemplo, export %1=… em ~/.profile) — %2.</translation>
    </message>
    <message>
        <source>Put the new token in %1, line %2 (%3) by hand — %4.</source>
        <translation>Coloque o novo token manualmente em %1, linha %2 (%3) — %4.</translation>
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
        <translation>Rotacionar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Tokens no longer needed after trusted publishing</source>
        <translation>Tokens que não são mais necessários após a publicação confiável</translation>
    </message>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>Uma migração foi interrompida: %n token está pela metade. Retome-a ou reverta-a para deixar os arquivos como estavam. Até lá, todo arquivo mantém um token que funciona.</numerusform>
            <numerusform>Uma migração foi interrompida: %n tokens estão pela metade. Retome-a ou reverta-a para deixar os arquivos como estavam. Até lá, todo arquivo mantém um token que funciona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>npm password (only if a token still has to be created):</source>
        <translation>Senha do npm (só se ainda for preciso criar um token):</translation>
    </message>
    <message>
        <source>Looking for npm tokens on this machine…</source>
        <translation>Procurando tokens do npm neste computador…</translation>
    </message>
    <message>
        <source>Add project folder…</source>
        <translation>Adicionar pasta de projeto…</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>npm password (npm asks for it to create tokens):</source>
        <translation>Senha do npm (o npm a pede para criar tokens):</translation>
    </message>
    <message>
        <source>Found on this machine:</source>
        <translation>Encontrado neste computador:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Procurar novamente</translation>
    </message>
    <message>
        <source>Add a project folder to scan</source>
        <translation>Adicionar uma pasta de projeto para procurar</translation>
    </message>
    <message>
        <source>Project folders: none (only your npm settings and the environment are scanned)</source>
        <translation>Pastas de projeto: nenhuma (somente suas configurações do npm e o ambiente são verificados)</translation>
    </message>
    <message>
        <source>Project folders: %1</source>
        <translation>Pastas de projeto: %1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>A verificação falhou: %1</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create tokens.</source>
        <translation>Digite sua senha do npm: o npm a pede para criar tokens.</translation>
    </message>
    <message>
        <source>The new token could not be read from the keychain: %1</source>
        <translation>Não foi possível ler o novo token do chaveiro: %1</translation>
    </message>
    <message>
        <source>The new token is on the clipboard; it is cleared again shortly.</source>
        <translation>O novo token está na área de transferência; ela será limpa em breve.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>na lista</translation>
    </message>
    <message>
        <source>works (not listed)</source>
        <translation>funciona (fora da lista)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>inutilizável</translation>
    </message>
    <message>
        <source>other registry</source>
        <translation>outro registro</translation>
    </message>
    <message>
        <source>not checkable</source>
        <translation>não verificável</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Usado em</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>creating the new token…</source>
        <translation>criando o novo token…</translation>
    </message>
    <message>
        <source>new token created</source>
        <translation>novo token criado</translation>
    </message>
    <message>
        <source>saving it in the keychain…</source>
        <translation>salvando-o no chaveiro…</translation>
    </message>
    <message>
        <source>saved in the keychain</source>
        <translation>salvo no chaveiro</translation>
    </message>
    <message>
        <source>updating .npmrc files…</source>
        <translation>atualizando os arquivos .npmrc…</translation>
    </message>
    <message>
        <source>.npmrc files updated</source>
        <translation>arquivos .npmrc atualizados</translation>
    </message>
    <message>
        <source>checking the new token…</source>
        <translation>verificando o novo token…</translation>
    </message>
    <message>
        <source>the new token works</source>
        <translation>o novo token funciona</translation>
    </message>
    <message>
        <source>revoking the old token…</source>
        <translation>revogando o token antigo…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>waiting for you: update the CI/environment uses, then confirm</source>
        <translation>aguardando você: atualize os usos em CI/ambiente e depois confirme</translation>
    </message>
    <message>
        <source>confirmed; revoking…</source>
        <translation>confirmado; revogando…</translation>
    </message>
    <message>
        <source>replaced, but the old token could not be revoked</source>
        <translation>substituído, mas não foi possível revogar o token antigo</translation>
    </message>
    <message>
        <source>failed; nothing changed</source>
        <translation>falhou; nada foi alterado</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertido</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>mantido como está</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Migration finished.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Migração concluída.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The migration stopped:&lt;/b&gt; %1&lt;br&gt;Open this dialog again to resume or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;A migração parou:&lt;/b&gt; %1&lt;br&gt;Abra esta caixa de diálogo novamente para retomá-la ou revertê-la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Backups of the files as they were:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Backups dos arquivos como estavam:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins &quot;3 places hold npm credentials&quot; and &quot;2 tokens in the plan.&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n local contém credenciais do npm</numerusform>
            <numerusform>%n locais contêm credenciais do npm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>%n token no plano.</numerusform>
            <numerusform>%n tokens no plano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens found on this machine</source>
        <translation>Tokens encontrados neste computador</translation>
    </message>
    <message>
        <source>Migration plan</source>
        <translation>Plano de migração</translation>
    </message>
    <message>
        <source>Looking for the CI secrets that hold them…</source>
        <translation>Procurando os segredos de CI que os contêm…</translation>
    </message>
    <message>
        <source>%1 (TokenDesk updates it)</source>
        <extracomment>a CI secret TokenDesk will update itself during the rotation</extracomment>
        <translation>%1 (o TokenDesk o atualiza)</translation>
    </message>
    <message>
        <source>pushing the new token to CI…</source>
        <translation>enviando o novo token para a CI…</translation>
    </message>
    <message>
        <source>pushed to CI; verifying…</source>
        <translation>enviado para a CI; verificando…</translation>
    </message>
    <message>
        <source>verified in CI</source>
        <translation>verificado na CI</translation>
    </message>
    <message>
        <source>CI holds the new token; the old one is revoked after the grace period</source>
        <translation>a CI contém o novo token; o antigo é revogado após o período de carência</translation>
    </message>
    <message>
        <source>pushing the new token…</source>
        <translation>enviando o novo token…</translation>
    </message>
    <message>
        <source>pushed; verifying…</source>
        <translation>enviado; verificando…</translation>
    </message>
    <message>
        <source>verified: it holds the new token</source>
        <translation>verificado: contém o novo token</translation>
    </message>
    <message>
        <source>the old value is back</source>
        <translation>o valor antigo foi restaurado</translation>
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
        <translation>O diário de migração %1 está danificado.</translation>
    </message>
    <message>
        <source>revoke pending: retry — its replacement is in use, but revoking it failed (%1)</source>
        <translation>revogação pendente: tentar novamente — o substituto está em uso, mas a revogação falhou (%1)</translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Entre novamente para continuar.</translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1: substituído, %n referência reescrita, token antigo revogado</numerusform>
            <numerusform>%1: substituído, %n referências reescritas, token antigo revogado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1: %n arquivo limpo, token revogado</numerusform>
            <numerusform>%1: %n arquivos limpos, token revogado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1: removido de %n arquivo</numerusform>
            <numerusform>%1: removido de %n arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1: substituído, %n referência reescrita, mas não foi possível revogar o token antigo</numerusform>
            <numerusform>%1: substituído, %n referências reescritas, mas não foi possível revogar o token antigo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1: substituído, %n referência reescrita; o token antigo é revogado quando você confirmar</numerusform>
            <numerusform>%1: substituído, %n referências reescritas; o token antigo é revogado quando você confirmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationProgressPage</name>
    <message>
        <source>Migrating… Every step is saved, so closing TokenDesk now loses nothing.</source>
        <translation>Migrando… Cada etapa é salva, então fechar o TokenDesk agora não perde nada.</translation>
    </message>
    <message>
        <source>Migration progress</source>
        <translation>Progresso da migração</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>CI secrets</source>
        <translation>Segredos de CI</translation>
    </message>
</context>
<context>
    <name>td::NamePage</name>
    <message>
        <source>Name and description</source>
        <translation>Nome e descrição</translation>
    </message>
    <message>
        <source>The name is how you will recognise the token in lists and reminders.</source>
        <translation>O nome é como você vai reconhecer o token nas listas e nos lembretes.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>Use the suggested name</source>
        <translation>Usar o nome sugerido</translation>
    </message>
    <message>
        <source>Token description</source>
        <translation>Descrição do token</translation>
    </message>
    <message>
        <source>optional, e.g. where the token is used</source>
        <translation>opcional, p. ex. onde o token é usado</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Use suggested: %1</source>
        <translation>Usar o sugerido: %1</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>td::NewTokenWizard</name>
    <message>
        <source>New npm token</source>
        <translation>Novo token do npm</translation>
    </message>
    <message>
        <source>Close without copying the token?</source>
        <translation>Fechar sem copiar o token?</translation>
    </message>
    <message>
        <source>You have not copied the new token or added it to an .npmrc. npm never shows it again.</source>
        <translation>Você não copiou o novo token nem o adicionou a um .npmrc. O npm nunca o mostra novamente.</translation>
    </message>
    <message>
        <source>It stays in your keychain, so TokenDesk can still use it.</source>
        <translation>Ele continua no seu chaveiro, então o TokenDesk ainda pode usá-lo.</translation>
    </message>
    <message>
        <source>It is not in your keychain either: closing loses it.</source>
        <translation>Ele também não está no seu chaveiro: fechar faz com que se perca.</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>Fechar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Voltar</translation>
    </message>
</context>
<context>
    <name>td::NoticeMemory</name>
    <message>
        <source>The list of expiry notices already shown (%1) is damaged; it was kept as %2 and started afresh.</source>
        <translation>A lista de avisos de expiração já mostrados (%1) está danificada; ela foi guardada como %2 e recomeçada do zero.</translation>
    </message>
</context>
<context>
    <name>td::NpmrcDocument</name>
    <message>
        <source>This configuration has no file to save to.</source>
        <translation>Esta configuração não tem arquivo onde ser salva.</translation>
    </message>
    <message>
        <source>%1 was changed by another program after TokenDesk read it; nothing was written.</source>
        <translation>%1 foi alterado por outro programa depois que o TokenDesk o leu; nada foi gravado.</translation>
    </message>
    <message>
        <source>Scan again to see the current contents, then retry.</source>
        <translation>Procure novamente para ver o conteúdo atual e tente outra vez.</translation>
    </message>
</context>
<context>
    <name>td::OrgsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Organization access lets the token manage teams and members, not publish. Most tokens need none.</source>
        <translation>O acesso a organizações permite que o token gerencie equipes e membros, não que publique. A maioria dos tokens não precisa dele.</translation>
    </message>
    <message>
        <source>Add an organization by name</source>
        <translation>Adicionar uma organização pelo nome</translation>
    </message>
    <message>
        <source>organization name</source>
        <translation>nome da organização</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Add the typed organization</source>
        <translation>Adicionar a organização digitada</translation>
    </message>
    <message>
        <source>Permission for organizations</source>
        <translation>Permissão para organizações</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permissão:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desenvolvedor</translation>
    </message>
    <message>
        <source>Looking up your organizations…</source>
        <translation>Procurando suas organizações…</translation>
    </message>
    <message>
        <source>Your organizations could not be looked up. Type a name below to add one.</source>
        <translation>Não foi possível consultar suas organizações. Digite um nome abaixo para adicionar uma.</translation>
    </message>
    <message>
        <source>This account is in no organization. Type a name below to add one.</source>
        <translation>Esta conta não pertence a nenhuma organização. Digite um nome abaixo para adicionar uma.</translation>
    </message>
    <message>
        <source>%1 — you are: %2</source>
        <translation>%1 — sua função: %2</translation>
    </message>
</context>
<context>
    <name>td::PackageChecklistModel</name>
    <message>
        <source>%1 (the whole scope, new packages too)</source>
        <translation>%1 (o escopo inteiro, inclusive pacotes novos)</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Escopo %1</translation>
    </message>
</context>
<context>
    <name>td::PackageWrites</name>
    <message>
        <source>The registry sent an unreadable document for %1.</source>
        <translation>O registro enviou um documento ilegível para %1.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, make this change on the website.</source>
        <translation>Tente novamente mais tarde; se persistir, faça esta alteração no site.</translation>
    </message>
    <message>
        <source>%1 is the only maintainer of %2.</source>
        <translation>%1 é o único mantenedor de %2.</translation>
    </message>
    <message>
        <source>Add another maintainer first, then remove this one.</source>
        <translation>Adicione outro mantenedor primeiro e depois remova este.</translation>
    </message>
    <message>
        <source>%1 has no version %2.</source>
        <translation>%1 não tem a versão %2.</translation>
    </message>
    <message>
        <source>Check the version; it may have been unpublished.</source>
        <translation>Verifique a versão; a publicação dela pode ter sido cancelada.</translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message>
        <source>Packages and scopes</source>
        <translation>Pacotes e escopos</translation>
    </message>
    <message>
        <source>Tick the packages and scopes the token may use, or type names that are not published yet.</source>
        <translation>Marque os pacotes e escopos que o token pode usar ou digite nomes que ainda não foram publicados.</translation>
    </message>
    <message>
        <source>&amp;All packages, including ones published later</source>
        <translation>&amp;Todos os pacotes, inclusive os publicados depois</translation>
    </message>
    <message>
        <source>All packages</source>
        <translation>Todos os pacotes</translation>
    </message>
    <message>
        <source>Search packages</source>
        <translation>Pesquisar pacotes</translation>
    </message>
    <message>
        <source>Search packages…</source>
        <translation>Pesquisar pacotes…</translation>
    </message>
    <message>
        <source>Packages and scopes of this account</source>
        <translation>Pacotes e escopos desta conta</translation>
    </message>
    <message>
        <source>Add a package or scope by name</source>
        <translation>Adicionar um pacote ou escopo pelo nome</translation>
    </message>
    <message>
        <source>new-package, @scope/name or @scope</source>
        <translation>novo-pacote, @escopo/nome ou @escopo</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <source>Add the typed package or scope</source>
        <translation>Adicionar o pacote ou escopo digitado</translation>
    </message>
    <message>
        <source>Chosen packages and scopes</source>
        <translation>Pacotes e escopos escolhidos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the chosen package or scope</source>
        <translation>Remover o pacote ou escopo escolhido</translation>
    </message>
    <message>
        <source>Permission for packages and scopes</source>
        <translation>Permissão para pacotes e escopos</translation>
    </message>
    <message>
        <source>Bypass two-factor authentication</source>
        <translation>Ignorar a autenticação de dois fatores</translation>
    </message>
    <message>
        <source>&amp;Permission:</source>
        <translation>&amp;Permissão:</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Load the account&apos;s packages again</source>
        <translation>Carregar novamente os pacotes da conta</translation>
    </message>
    <message>
        <source>Bypass two-&amp;factor authentication when publishing</source>
        <translation>Ignorar a autenticação de dois &amp;fatores ao publicar</translation>
    </message>
    <message>
        <source>Could not load your packages: %1 You can still type package names below.</source>
        <translation>Não foi possível carregar seus pacotes: %1 Você ainda pode digitar nomes de pacotes abaixo.</translation>
    </message>
    <message>
        <source>Loading your packages…</source>
        <translation>Carregando seus pacotes…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %L1 de %Ln linha</numerusform>
            <numerusform>Mostrando %L1 de %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln escolhido</numerusform>
            <numerusform>%Ln escolhidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PermissionCombo</name>
    <message>
        <source>No access</source>
        <translation>Sem acesso</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Leitura e gravação</translation>
    </message>
    <message>
        <source>Read and write (stage only)</source>
        <translation>Leitura e gravação (somente preparar)</translation>
    </message>
</context>
<context>
    <name>td::PersistenceScan</name>
    <message>
        <source>The list of known worms&apos; traces %1 cannot be read.</source>
        <translation>A lista de vestígios de worms conhecidos %1 não pode ser lida.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or give a readable file.</source>
        <translation>Reinstale o TokenDesk ou forneça um arquivo legível.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces %1 is too large.</source>
        <translation>A lista de vestígios de worms conhecidos %1 é grande demais.</translation>
    </message>
    <message>
        <source>Give the list TokenDesk ships, or a file under 1 MiB.</source>
        <translation>Forneça a lista que acompanha o TokenDesk ou um arquivo com menos de 1 MiB.</translation>
    </message>
    <message>
        <source>The list of known worms&apos; traces is damaged.</source>
        <translation>A lista de vestígios de worms conhecidos está danificada.</translation>
    </message>
    <message>
        <source>Reinstall TokenDesk, or fix the file (format: core/lockdown/README.md).</source>
        <translation>Reinstale o TokenDesk ou corrija o arquivo (formato: core/lockdown/README.md).</translation>
    </message>
    <message>
        <source>Found %1 at %2: %3 To disarm it: %4</source>
        <translation>%1 encontrado em %2: %3 Para desarmá-lo: %4</translation>
    </message>
</context>
<context>
    <name>td::PlanAction</name>
    <message>
        <source>Replace with a read-write token for your packages</source>
        <translation>Substituir por um token de leitura e gravação para seus pacotes</translation>
    </message>
    <message>
        <source>Replace with a read-only token</source>
        <translation>Substituir por um token somente leitura</translation>
    </message>
    <message>
        <source>Replace with a read-write token that bypasses 2FA</source>
        <translation>Substituir por um token de leitura e gravação que ignora a 2FA</translation>
    </message>
    <message>
        <source>Replace with a stage-only token</source>
        <translation>Substituir por um token somente de preparação</translation>
    </message>
    <message>
        <source>Rotate: same access, fresh expiry</source>
        <translation>Rotacionar: mesmo acesso, nova expiração</translation>
    </message>
    <message>
        <source>Switch CI to trusted publishing (no token)</source>
        <translation>Mudar a CI para publicação confiável (sem token)</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remover a linha</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Manter como está</translation>
    </message>
    <message>
        <source>Revoke: nothing needs it any more</source>
        <translation>Revogar: nada mais precisa dele</translation>
    </message>
    <message>
        <source>Replace with one without the trusted-publishing packages</source>
        <translation>Substituir por um sem os pacotes com publicação confiável</translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message>
        <source>The migration has no row %1.</source>
        <translation>A migração não tem a linha %1.</translation>
    </message>
    <message>
        <source>Row %1 is not waiting for a confirmation (it is &quot;%2&quot;).</source>
        <translation>A linha %1 não está aguardando uma confirmação (ela está &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Another token of this migration is half-way: resume or roll it back first.</source>
        <translation>Outro token desta migração está pela metade: retome-a ou reverta-a primeiro.</translation>
    </message>
    <message>
        <source>Rolled back on request.</source>
        <translation>Revertido a pedido.</translation>
    </message>
    <message>
        <source>secret lost in a crash</source>
        <translation>segredo perdido em uma falha</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot; in the migration journal.</source>
        <translation>Etapa desconhecida &quot;%1&quot; no diário de migração.</translation>
    </message>
    <message>
        <source>The new token cannot be read from the keychain: %1 Unlock it and resume.</source>
        <translation>Não é possível ler o novo token do chaveiro: %1 Desbloqueie-o e retome.</translation>
    </message>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>O registro o havia criado mesmo assim; %n token desse tipo foi revogado.</numerusform>
            <numerusform>O registro o havia criado mesmo assim; %n tokens desse tipo foram revogados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether the registry created the new token &quot;%1&quot; could not be checked (%2); nothing uses it yet. Resume when the registry answers again, to find and revoke it.</source>
        <translation>Não foi possível verificar se o registro criou o novo token &quot;%1&quot; (%2); nada o usa ainda. Retome quando o registro voltar a responder, para encontrá-lo e revogá-lo.</translation>
    </message>
    <message>
        <source>Creating the new token &quot;%1&quot; failed (%2), and whether the registry created it anyway could not be checked (%3). Resume when the registry answers again, to find and revoke it.</source>
        <translation>A criação do novo token &quot;%1&quot; falhou (%2), e não foi possível verificar se o registro o criou mesmo assim (%3). Retome quando o registro voltar a responder, para encontrá-lo e revogá-lo.</translation>
    </message>
    <message>
        <source>The keychain did not take the new token: %1</source>
        <translation>O chaveiro não aceitou o novo token: %1</translation>
    </message>
    <message>
        <source>The new token did not work (%1); nothing was revoked.</source>
        <translation>O novo token não funcionou (%1); nada foi revogado.</translation>
    </message>
    <message>
        <source>The new token answered as &quot;%1&quot;, not as &quot;%2&quot;: the registry is not behaving as expected, so the migration stopped and nothing was revoked.</source>
        <translation>O novo token respondeu como &quot;%1&quot;, não como &quot;%2&quot;: o registro não está se comportando como esperado, então a migração parou e nada foi revogado.</translation>
    </message>
    <message>
        <source>The new token &quot;%1&quot; (id %2) could not be revoked (%3); revoke it with &apos;tokendesk-cli token revoke %2&apos;.</source>
        <translation>Não foi possível revogar o novo token &quot;%1&quot; (id %2) (%3); revogue-o com &quot;tokendesk-cli token revoke %2&quot;.</translation>
    </message>
    <message>
        <source>The new token was kept, because these CI secrets hold it and the old value is not available to put back: %1. Put the old token back there, or keep the new one and revoke the old one.</source>
        <translation>O novo token foi mantido porque estes segredos de CI o contêm e o valor antigo não está disponível para ser restaurado: %1. Coloque o token antigo de volta lá, ou mantenha o novo e revogue o antigo.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be updated; nothing was revoked.</source>
        <translation>O segredo de CI da etapa %1 não pode ser atualizado; nada foi revogado.</translation>
    </message>
    <message>
        <source>Updating %1 failed (%2); nothing was revoked.</source>
        <translation>Falha ao atualizar %1 (%2); nada foi revogado.</translation>
    </message>
    <message>
        <source>The CI secret of step %1 cannot be checked; nothing was revoked.</source>
        <translation>O segredo de CI da etapa %1 não pode ser verificado; nada foi revogado.</translation>
    </message>
    <message>
        <source>Checking %1 failed (%2); nothing was revoked.</source>
        <translation>Falha ao verificar %1 (%2); nada foi revogado.</translation>
    </message>
    <message>
        <source>%1 does not hold the new token after the update; nothing was revoked.</source>
        <translation>%1 não contém o novo token após a atualização; nada foi revogado.</translation>
    </message>
</context>
<context>
    <name>td::PracticeOffer</name>
    <message>
        <source>You are trying TokenDesk on the practice registry: a registry on this computer with demo tokens. Nothing you do there reaches npm; it stops when TokenDesk quits.</source>
        <translation>Você está experimentando o TokenDesk no registro de prática: um registro neste computador com tokens de demonstração. Nada do que você fizer lá chega ao npm; ele para quando o TokenDesk é fechado.</translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message>
        <source>The practice registry did not give its one-time code.</source>
        <translation>O registro de prática não forneceu o código de uso único.</translation>
    </message>
    <message>
        <source>Quit TokenDesk and try again.</source>
        <translation>Saia do TokenDesk e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>O registro de prática não iniciou em %n segundo.</numerusform>
            <numerusform>O registro de prática não iniciou em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice registry (tokendesk-sandbox) was not found next to TokenDesk or on PATH. Install it with TokenDesk, or sign in to npm.</source>
        <translation>O registro de prática (tokendesk-sandbox) não foi encontrado junto ao TokenDesk nem no PATH. Instale-o com o TokenDesk ou entre no npm.</translation>
    </message>
    <message>
        <source>The practice registry could not be started: %1</source>
        <translation>Não foi possível iniciar o registro de prática: %1</translation>
    </message>
    <message>
        <source>The practice registry stopped: %1</source>
        <translation>O registro de prática parou: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>ele travou</translation>
    </message>
    <message>
        <source>it exited with code %1</source>
        <translation>ele terminou com o código %1</translation>
    </message>
    <message>
        <source>The practice registry did not say where it listens.</source>
        <translation>O registro de prática não informou onde está escutando.</translation>
    </message>
    <message>
        <source>The practice registry does not answer: %1</source>
        <translation>O registro de prática não responde: %1</translation>
    </message>
    <message>
        <source>TokenDesk could not sign in to the practice registry: %1</source>
        <translation>O TokenDesk não conseguiu entrar no registro de prática: %1</translation>
    </message>
</context>
<context>
    <name>td::PublishCutoffNotices</name>
    <message>
        <source>The list of January 2027 notices already shown (%1) is damaged; TokenDesk starts it afresh, so a notice may appear once more.</source>
        <translation>A lista de avisos de janeiro de 2027 já exibidos (%1) está danificada; o TokenDesk a recomeça do zero, então um aviso pode aparecer mais uma vez.</translation>
    </message>
    <message>
        <source>npm token &apos;%1&apos; is used in CI (%2) and stops publishing in January 2027; npm has not announced the exact day. Move it to trusted publishing or a stage-only token.</source>
        <translation>O token do npm &quot;%1&quot; é usado na CI (%2) e deixa de publicar em janeiro de 2027; o npm não anunciou o dia exato. Substitua-o pela publicação confiável ou por um token somente de preparação.</translation>
    </message>
</context>
<context>
    <name>td::PublishPath</name>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publicação confiável (direta)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publicação confiável (somente preparar)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>token somente de preparação</translation>
    </message>
    <message>
        <source>direct-publish token</source>
        <translation>token de publicação direta</translation>
    </message>
    <message>
        <source>bypass-2FA token</source>
        <translation>token que ignora a 2FA</translation>
    </message>
    <message>
        <source>trusted publisher</source>
        <translation>publicador confiável</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>preparada e depois aprovada</translation>
    </message>
    <message>
        <source>token or npm login</source>
        <translation>token ou npm login</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>em risco em janeiro de 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>sem caminho de publicação</translation>
    </message>
    <message>
        <source>trusted publishing (stage only by default)</source>
        <translation>publicação confiável (somente preparar por padrão)</translation>
    </message>
    <message>
        <source>a stage-only token with approval</source>
        <translation>um token somente de preparação com aprovação</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada a fazer</translation>
    </message>
</context>
<context>
    <name>td::PublishPathClassifier</name>
    <message>
        <source>Publishing access (require 2FA, disallow tokens): npm has no API to read it.</source>
        <translation>&quot;Publishing access&quot; (exigir 2FA, não permitir tokens): o npm não oferece nenhuma API para lê-lo.</translation>
    </message>
    <message>
        <source>Whether the last release used a token or an interactive npm login: the registry does not say.</source>
        <translation>Se a última versão usou um token ou um login interativo com npm login: o registro não informa.</translation>
    </message>
    <message>
        <source>Trusted publishers: %1</source>
        <translation>Publicadores confiáveis: %1</translation>
    </message>
    <message>
        <source>Last release: %1</source>
        <translation>Última versão: %1</translation>
    </message>
    <message>
        <source>%1 trusted publisher</source>
        <translation>publicador confiável de %1</translation>
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
        <translation>, ambiente %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly; it is not used anywhere TokenDesk looked, but it works until it is revoked.</source>
        <translation>O token %1 pode publicar %2 diretamente; não é usado em nenhum lugar onde o TokenDesk procurou, mas funciona até ser revogado.</translation>
    </message>
    <message>
        <source>Token %1 can publish %2 directly and is used in %3.</source>
        <translation>O token %1 pode publicar %2 diretamente e é usado em %3.</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027; no exact day is announced.</source>
        <translation>O npm encerra a publicação direta com tokens em janeiro de 2027; o dia exato não foi anunciado.</translation>
    </message>
    <message>
        <source>It can also be published through %1.</source>
        <translation>Também pode ser publicado por meio de %1.</translation>
    </message>
    <message>
        <source>%1, not used on this machine</source>
        <translation>%1, não usado neste computador</translation>
    </message>
    <message>
        <source>%1, used in %2</source>
        <translation>%1, usado em %2</translation>
    </message>
    <message>
        <source>Publishes through trusted publishing (%1), which January 2027 does not affect.</source>
        <translation>É publicado por meio da publicação confiável (%1), que não é afetada por janeiro de 2027.</translation>
    </message>
    <message>
        <source>Stages with the stage-only token %1; a maintainer approves each release with 2FA.</source>
        <translation>Prepara as versões com o token somente de preparação %1; um mantenedor aprova cada versão com 2FA.</translation>
    </message>
    <message>
        <source>No trusted publisher and no token of this account can publish %1.</source>
        <translation>Nenhum publicador confiável e nenhum token desta conta pode publicar %1.</translation>
    </message>
    <message>
        <source>TokenDesk could not read how %1 is published: %2 Nothing is guessed; try again when the registry answers.</source>
        <translation>O TokenDesk não conseguiu descobrir como %1 é publicado: %2 Nada é presumido; tente novamente quando o registro responder.</translation>
    </message>
</context>
<context>
    <name>td::PublishingModel</name>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>at risk in January 2027</source>
        <translation>em risco em janeiro de 2027</translation>
    </message>
    <message>
        <source>no publish path</source>
        <translation>sem caminho de publicação</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>trusted publishing (direct)</source>
        <translation>publicação confiável (direta)</translation>
    </message>
    <message>
        <source>trusted publishing (stage only)</source>
        <translation>publicação confiável (somente preparar)</translation>
    </message>
    <message>
        <source>stage-only token</source>
        <translation>token somente de preparação</translation>
    </message>
    <message>
        <source>read and write token</source>
        <translation>token de leitura e gravação</translation>
    </message>
    <message>
        <source>token bypassing 2FA</source>
        <translation>token que ignora a 2FA</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing…</source>
        <translation>Configurar a &amp;publicação confiável…</translation>
    </message>
    <message>
        <source>Replace with a &amp;stage-only token…</source>
        <translation>Substituir por um token &amp;somente de preparação…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Ways to publish today</source>
        <translation>Formas de publicar hoje</translation>
    </message>
    <message>
        <source>None known.</source>
        <translation>Nenhuma conhecida.</translation>
    </message>
    <message>
        <source>used in %1</source>
        <translation>usado em %1</translation>
    </message>
    <message>
        <source>Last release:</source>
        <translation>Última versão:</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nunca publicado</translation>
    </message>
    <message>
        <source>by trusted publishing</source>
        <translation>por publicação confiável</translation>
    </message>
    <message>
        <source>staged, then approved</source>
        <translation>preparada e depois aprovada</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>com um token</translation>
    </message>
    <message>
        <source>the way it came is not known</source>
        <translation>não se sabe como foi publicada</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>publicada por %1</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>com procedência</translation>
    </message>
    <message>
        <source>no provenance</source>
        <translation>sem procedência</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Publish path</source>
        <translation>Caminho de publicação</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
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
        <translation>Filtrar pacotes</translation>
    </message>
    <message>
        <source>Filter by package, path, verdict or reason…</source>
        <translation>Filtrar por pacote, caminho, veredito ou motivo…</translation>
    </message>
    <message>
        <source>Packages and their publish paths</source>
        <translation>Pacotes e seus caminhos de publicação</translation>
    </message>
    <message>
        <source>Publish path details</source>
        <translation>Detalhes do caminho de publicação</translation>
    </message>
    <message>
        <source>Way out…</source>
        <translation>Solução…</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Choose a package to see how it is published and what to do before January 2027.</source>
        <translation>Escolha um pacote para ver como ele é publicado e o que fazer antes de janeiro de 2027.</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada a fazer</translation>
    </message>
    <message>
        <source>No packages surveyed yet.</source>
        <translation>Nenhum pacote analisado ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n pacote analisado; não se sabe de nenhum em risco em janeiro de 2027.</numerusform>
            <numerusform>%n pacotes analisados; não se sabe de nenhum em risco em janeiro de 2027.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n pacote deixa de ser publicado em janeiro de 2027, a menos que passe para a publicação confiável ou para um token somente de preparação; o npm não anunciou o dia exato.</numerusform>
            <numerusform>%n pacotes deixam de ser publicados em janeiro de 2027, a menos que passem para a publicação confiável ou para um token somente de preparação; o npm não anunciou o dia exato.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PurposePage</name>
    <message>
        <source>What is the token for?</source>
        <translation>Para que serve o token?</translation>
    </message>
    <message>
        <source>A preset chooses the permission, the expiry and 2FA for you; you can change each of them on the next pages.</source>
        <translation>Uma predefinição escolhe a permissão, a expiração e a 2FA para você; você pode alterar cada uma delas nas próximas páginas.</translation>
    </message>
    <message>
        <source>Set up &amp;trusted publishing instead</source>
        <translation>Configurar a &amp;publicação confiável em vez disso</translation>
    </message>
    <message>
        <source>Set up trusted publishing instead</source>
        <translation>Configurar a publicação confiável em vez disso</translation>
    </message>
    <message>
        <source>CI publishes with a short-lived OIDC credential, so no token has to be stored in CI at all.</source>
        <translation>A CI publica com uma credencial OIDC de curta duração, então nenhum token precisa ser armazenado na CI.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRemoval</name>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta de backup %1.</translation>
    </message>
    <message>
        <source>Check its permissions, then try again.</source>
        <translation>Verifique as permissões dela e tente novamente.</translation>
    </message>
</context>
<context>
    <name>td::ReferenceRewriter</name>
    <message>
        <source>%1 holds a token but its permissions could not be limited to you (chmod 600 it).</source>
        <translation>%1 contém um token, mas não foi possível restringir as permissões dele só a você (aplique chmod 600 a ele).</translation>
    </message>
    <message>
        <source>%1 was readable by others (%2); it is now %3</source>
        <translation>%1 podia ser lido por outros (%2); agora é %3</translation>
    </message>
    <message>
        <source>%1 was changed by another program during the migration; it was left as is.</source>
        <translation>%1 foi alterado por outro programa durante a migração; ele foi deixado como está.</translation>
    </message>
    <message>
        <source>%1 no longer holds the token being replaced; it was left as is.</source>
        <translation>%1 não contém mais o token que está sendo substituído; ele foi deixado como está.</translation>
    </message>
    <message>
        <source>Scan again and make a new plan.</source>
        <translation>Procure novamente e faça um novo plano.</translation>
    </message>
    <message>
        <source>%1 was changed after TokenDesk wrote it, so it was not restored; the original is in %2.</source>
        <translation>%1 foi alterado depois que o TokenDesk o gravou, então não foi restaurado; o original está em %2.</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original file; %2 was not restored.</source>
        <translation>O backup %1 não corresponde ao arquivo original; %2 não foi restaurado.</translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Você não está conectado a %1.</translation>
    </message>
    <message>
        <source>Sign in first (in TokenDesk&apos;s Accounts list, or with &apos;tokendesk-cli login&apos;).</source>
        <translation>Entre primeiro (na lista Contas do TokenDesk ou com &quot;tokendesk-cli login&quot;).</translation>
    </message>
    <message>
        <source>The registry did not accept that one-time password.</source>
        <translation>O registro não aceitou essa senha de uso único.</translation>
    </message>
    <message>
        <source>This operation requires a one-time password from your authenticator.</source>
        <translation>Esta operação exige uma senha de uso único do seu autenticador.</translation>
    </message>
    <message>
        <source>It may have been mistyped or timed out; try again with a fresh code.</source>
        <translation>Ela pode ter sido digitada errado ou expirado; tente novamente com um código novo.</translation>
    </message>
    <message>
        <source>Enter the current code from your authenticator, or approve the request in your browser, then try again.</source>
        <translation>Digite o código atual do seu autenticador ou aprove a solicitação no navegador e tente novamente.</translation>
    </message>
    <message>
        <source>The registry does not allow this sign-in from your IP address.</source>
        <translation>O registro não permite este login a partir do seu endereço IP.</translation>
    </message>
    <message>
        <source>The account or token is limited to certain IP ranges; connect from an allowed network or change the allowed ranges.</source>
        <translation>A conta ou o token está limitado a certos intervalos de IP; conecte-se a partir de uma rede permitida ou altere os intervalos permitidos.</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Senha incorreta ou ausente.</translation>
    </message>
    <message>
        <source>Check your npm password for %1 and type it again.</source>
        <translation>Verifique sua senha do npm para %1 e digite-a novamente.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Sua sessão com %1 foi encerrada.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials.</source>
        <translation>%1 não aceitou as credenciais.</translation>
    </message>
    <message>
        <source>The token may have expired or been revoked; sign in again or use another token.</source>
        <translation>O token pode ter expirado ou sido revogado; entre novamente ou use outro token.</translation>
    </message>
    <message>
        <source>The registry rejected the request.</source>
        <translation>O registro rejeitou a solicitação.</translation>
    </message>
    <message>
        <source>Check the values you entered.</source>
        <translation>Verifique os valores que você digitou.</translation>
    </message>
    <message>
        <source>The registry refused this action.</source>
        <translation>O registro recusou esta ação.</translation>
    </message>
    <message>
        <source>Check that your account may do this. Tokens that bypass 2FA cannot manage tokens or trust settings; sign in with a session instead.</source>
        <translation>Verifique se sua conta pode fazer isso. Tokens que ignoram a 2FA não podem gerenciar tokens nem configurações de confiança; em vez disso, entre e use essa sessão.</translation>
    </message>
    <message>
        <source>The registry could not find what was asked for.</source>
        <translation>O registro não encontrou o que foi pedido.</translation>
    </message>
    <message>
        <source>Check the name. npm also answers “not found” when you lack permission to see something.</source>
        <translation>Verifique o nome. O npm também responde &quot;não encontrado&quot; quando você não tem permissão para ver algo.</translation>
    </message>
    <message>
        <source>This already exists on the registry.</source>
        <translation>Isto já existe no registro.</translation>
    </message>
    <message>
        <source>Refresh, then change or remove the existing one first.</source>
        <translation>Atualize e depois altere ou remova primeiro o existente.</translation>
    </message>
    <message>
        <source>The registry could not process the request.</source>
        <translation>O registro não conseguiu processar a solicitação.</translation>
    </message>
    <message>
        <source>The registry is limiting how fast requests may be made.</source>
        <translation>O registro está limitando a frequência das solicitações.</translation>
    </message>
    <message>
        <source>Wait until %1 and try again.</source>
        <translation>Aguarde até %1 e tente novamente.</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The registry had an internal problem (HTTP %1).</source>
        <translation>O registro teve um problema interno (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1.</source>
        <translation>O registro respondeu HTTP %1.</translation>
    </message>
    <message>
        <source>Check the request and try again.</source>
        <translation>Verifique a solicitação e tente novamente.</translation>
    </message>
    <message>
        <source>%1 asks for a one-time password.</source>
        <translation>%1 pede uma senha de uso único.</translation>
    </message>
    <message>
        <source>Signing in through the browser needs an interactive prompt.</source>
        <translation>Entrar pelo navegador exige uma solicitação interativa.</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser.</source>
        <translation>%1 não oferece login pelo navegador.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead.</source>
        <translation>Entre com seu nome de usuário e senha em vez disso.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Check both and try again.</source>
        <translation>Verifique ambos e tente novamente.</translation>
    </message>
    <message>
        <source>There is no user with the user name “%1”.</source>
        <translation>Não há nenhum usuário com o nome de usuário &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The registry&apos;s token list pages lead in a circle.</source>
        <translation>As páginas da lista de tokens do registro formam um ciclo.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>a token given by its secret cannot be found in the token list.</source>
        <translation>um token indicado pelo segredo não pode ser encontrado na lista de tokens.</translation>
    </message>
    <message>
        <source>“%1” is not a valid registry address.</source>
        <translation>&quot;%1&quot; não é um endereço de registro válido.</translation>
    </message>
    <message>
        <source>TokenDesk refuses to send credentials over unencrypted http to %1.</source>
        <translation>O TokenDesk se recusa a enviar credenciais por http sem criptografia para %1.</translation>
    </message>
    <message>
        <source>Use the registry&apos;s https:// address.</source>
        <translation>Use o endereço https:// do registro.</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address.</source>
        <translation>&quot;%1&quot; não é um endereço http(s).</translation>
    </message>
    <message>
        <source>The registry no longer recognises this sign-in.</source>
        <translation>O registro não reconhece mais este login.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Entre novamente.</translation>
    </message>
    <message>
        <source>The registry sent an answer TokenDesk cannot read (%1).</source>
        <translation>O registro enviou uma resposta que o TokenDesk não consegue ler (%1).</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the registry may not be npm-compatible.</source>
        <translation>Tente novamente; se continuar acontecendo, o registro pode não ser compatível com o npm.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Aguarde %n segundo e tente novamente.</numerusform>
            <numerusform>Aguarde %n segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry&apos;s list of staged versions does not end.</source>
        <translation>A lista de versões preparadas do registro não termina.</translation>
    </message>
    <message>
        <source>%1 has no published release yet.</source>
        <translation>%1 ainda não tem nenhuma versão publicada.</translation>
    </message>
    <message>
        <source>The registry answered &quot;not modified&quot; twice to a plain request for %1.</source>
        <translation>O registro respondeu &quot;not modified&quot; duas vezes a uma solicitação simples de %1.</translation>
    </message>
    <message>
        <source>A proxy between you and the registry may be caching wrongly; try again later.</source>
        <translation>Um proxy entre você e o registro pode estar usando cache incorretamente; tente novamente mais tarde.</translation>
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
        <translation>expiração do token: o GitHub informa na próxima atualização</translation>
    </message>
    <message>
        <source>%1 (as GitHub reports)</source>
        <translation>%1 (conforme informado pelo GitHub)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when TokenDesk stored it)</source>
        <translation>%1 (12 horas desde que o TokenDesk o armazenou)</translation>
    </message>
    <message>
        <source>%1 (12 hours from when the .npmrc was written)</source>
        <translation>%1 (12 horas desde que o .npmrc foi gravado)</translation>
    </message>
    <message>
        <source>token lasts 12 hours from &quot;aws codeartifact login&quot;</source>
        <translation>o token dura 12 horas a partir de &quot;aws codeartifact login&quot;</translation>
    </message>
    <message>
        <source>%1 (date you entered)</source>
        <translation>%1 (data que você informou)</translation>
    </message>
    <message>
        <source>token never expires (as you entered)</source>
        <translation>o token nunca expira (conforme você informou)</translation>
    </message>
    <message>
        <source>token expiry not entered</source>
        <translation>expiração do token não informada</translation>
    </message>
    <message>
        <source>expiry set by the registry</source>
        <translation>expiração definida pelo registro</translation>
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
        <translation>registro compatível com o npm</translation>
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
        <translation>outro registro</translation>
    </message>
    <message>
        <source>GitHub Packages has no token API: manage personal access tokens in GitHub&apos;s settings.</source>
        <translation>O GitHub Packages não tem API de tokens: gerencie os tokens de acesso pessoal nas configurações do GitHub.</translation>
    </message>
    <message>
        <source>AWS CodeArtifact tokens come from &quot;aws codeartifact login&quot; and end by themselves after 12 hours.</source>
        <translation>Os tokens do AWS CodeArtifact vêm de &quot;aws codeartifact login&quot; e terminam sozinhos após 12 horas.</translation>
    </message>
    <message>
        <source>Azure Artifacts has no token API: manage personal access tokens in Azure DevOps&apos; user settings.</source>
        <translation>O Azure Artifacts não tem API de tokens: gerencie os tokens de acesso pessoal nas configurações de usuário do Azure DevOps.</translation>
    </message>
    <message>
        <source>This registry has no token API: manage its tokens where it issues them.</source>
        <translation>Este registro não tem API de tokens: gerencie os tokens dele onde eles são emitidos.</translation>
    </message>
    <message>
        <source>%1 has no staged publishing; it is an npmjs feature.</source>
        <translation>%1 não tem publicação preparada; é um recurso do npmjs.</translation>
    </message>
    <message>
        <source>%1 has no trusted publishing; it is an npmjs feature.</source>
        <translation>%1 não tem publicação confiável; é um recurso do npmjs.</translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: verificando a última versão…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(mais %n pacote não verificado)</numerusform>
            <numerusform>(mais %n pacotes não verificados)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot check the last release while signed out; sign in to this account.</source>
        <translation>%1: não é possível verificar a última versão enquanto você está desconectado; entre nesta conta.</translation>
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
        <translation>O tarball preparado não tem package.json.</translation>
    </message>
    <message>
        <source>Runs a “%1” script on every install: %2</source>
        <translation>Executa um script &quot;%1&quot; a cada instalação: %2</translation>
    </message>
    <message>
        <source>Adds binding.gyp: npm runs “node-gyp rebuild” on install.</source>
        <translation>Adiciona binding.gyp: o npm executa &quot;node-gyp rebuild&quot; na instalação.</translation>
    </message>
    <message>
        <source>Holds a link or special file npm does not install: %1</source>
        <translation>Contém um link ou arquivo especial que o npm não instala: %1</translation>
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
        <translation>%1 adicionado: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 removido (antes %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>[file mode changed]</source>
        <translation>[modo do arquivo alterado]</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 (no earlier release to compare with)</source>
        <translation>%1 %2 (não há versão anterior para comparar)</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Tamanho compactado</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Tamanho descompactado</translation>
    </message>
    <message>
        <source>Files: %1 (was %2)</source>
        <translation>Arquivos: %1 (antes %2)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Arquivos: %1</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Observe com atenção:</translation>
    </message>
    <message>
        <source>package.json:</source>
        <translation>package.json:</translation>
    </message>
    <message>
        <source>no changes to scripts, dependencies, bin, exports or main</source>
        <translation>nenhuma alteração em scripts, dependencies, bin, exports ou main</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 changed</source>
        <translation>Arquivos: %1 adicionados, %2 removidos, %3 alterados</translation>
    </message>
    <message>
        <source>Binary or large file %1 differs.</source>
        <translation>O arquivo binário ou grande %1 é diferente.</translation>
    </message>
    <message>
        <source>%1 has too many lines for a line diff.</source>
        <translation>%1 tem linhas demais para uma comparação linha a linha.</translation>
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
        <translation>adicionado: %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>removido (antes %1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>install script: runs on npm install</source>
        <translation>script de instalação: executado no npm install</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>(file mode changed)</source>
        <translation>(modo do arquivo alterado)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>Binary or large file: no text diff.</source>
        <translation>Arquivo binário ou grande: sem comparação de texto.</translation>
    </message>
    <message>
        <source>Too many lines for a text diff.</source>
        <translation>Linhas demais para uma comparação de texto.</translation>
    </message>
    <message>
        <source>No text changes.</source>
        <translation>Nenhuma alteração no texto.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2: no earlier release to compare with</source>
        <translation>%1 %2: não há versão anterior para comparar</translation>
    </message>
    <message>
        <source>Look closely:</source>
        <translation>Observe com atenção:</translation>
    </message>
    <message>
        <source>Packed size</source>
        <translation>Tamanho compactado</translation>
    </message>
    <message>
        <source>Unpacked size</source>
        <translation>Tamanho descompactado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>package.json</source>
        <translation>package.json</translation>
    </message>
    <message>
        <source>No changes to scripts, dependencies, bin, exports or main.</source>
        <translation>Nenhuma alteração em scripts, dependencies, bin, exports ou main.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n arquivo difere</numerusform>
            <numerusform>%n arquivos diferem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n alarme aberto: responda com &quot;Fui eu&quot; ou &quot;Responder&quot;.</numerusform>
            <numerusform>%n alarmes abertos: responda com &quot;Fui eu&quot; ou &quot;Responder&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>Vigiando %n pacote.</numerusform>
            <numerusform>Vigiando %n pacotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n pacote privado não é vigiado: armazene um token de leitura para ele.</numerusform>
            <numerusform>%n pacotes privados não são vigiados: armazene um token de leitura para eles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish alarm: %1 %2</source>
        <translation>Alarme de publicação: %1 %2</translation>
    </message>
    <message>
        <source>A publish of %1 until %2 is expected: it raises no alarm.</source>
        <translation>Uma publicação de %1 até %2 é esperada: ela não gera alarme.</translation>
    </message>
</context>
<context>
    <name>td::ReleasesView</name>
    <message>
        <source>Nothing watched yet. Sign in to an account that can publish packages: TokenDesk then watches every release of them.</source>
        <translation>Nada vigiado ainda. Entre com uma conta que possa publicar pacotes: o TokenDesk passa a vigiar todas as versões deles.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versões</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Detalhes da versão</translation>
    </message>
    <message>
        <source>It &amp;was me</source>
        <translation>&amp;Fui eu</translation>
    </message>
    <message>
        <source>You published this yourself: close the alarm and remember it.</source>
        <translation>Você mesmo publicou esta versão: fechar o alarme e lembrar disso.</translation>
    </message>
    <message>
        <source>R&amp;espond…</source>
        <translation>R&amp;esponder…</translation>
    </message>
    <message>
        <source>Lock the package down: stop further publishes and undo this one.</source>
        <translation>Bloquear o pacote: impedir novas publicações e desfazer esta.</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>You answered this alarm.</source>
        <translation>Você respondeu a este alarme.</translation>
    </message>
    <message>
        <source>Expect &amp;manual publish</source>
        <translation>Esperar publicação &amp;manual</translation>
    </message>
    <message>
        <source>Excl&amp;ude from watch</source>
        <translation>&amp;Retirar da vigilância</translation>
    </message>
    <message>
        <source>Expect a manual publish of %1 in the next hour</source>
        <translation>Esperar uma publicação manual de %1 na próxima hora</translation>
    </message>
    <message>
        <source>Incl&amp;ude in watch</source>
        <translation>&amp;Incluir na vigilância</translation>
    </message>
    <message>
        <source>Include %1 in the watch again</source>
        <translation>Incluir %1 na vigilância novamente</translation>
    </message>
    <message>
        <source>Exclude %1 from the watch</source>
        <translation>Retirar %1 da vigilância</translation>
    </message>
</context>
<context>
    <name>td::ReplacementPlanner</name>
    <message>
        <source>Replaces &quot;%1&quot; (created by TokenDesk on %2)</source>
        <translation>Substitui &quot;%1&quot; (criado pelo TokenDesk em %2)</translation>
    </message>
    <message>
        <source>Created by TokenDesk on %1</source>
        <translation>Criado pelo TokenDesk em %1</translation>
    </message>
    <message>
        <source>Publishing directly with tokens that bypass 2FA ends in January 2027. Use trusted publishing for CI, or a stage-only token and approve releases with 2FA.</source>
        <translation>A publicação direta com tokens que ignoram a 2FA termina em janeiro de 2027. Use a publicação confiável na CI ou um token somente de preparação e aprove as versões com 2FA.</translation>
    </message>
    <message>
        <source>Classic tokens were revoked by npm in December 2025; a registry that still accepts this one is not npmjs.</source>
        <translation>Os tokens clássicos foram revogados pelo npm em dezembro de 2025; um registro que ainda aceita este não é o npmjs.</translation>
    </message>
    <message>
        <source>Set up trusted publishing in the trusted publishing wizard; then remove the CI secret.</source>
        <translation>Configure a publicação confiável no assistente de publicação confiável; depois remova o segredo de CI.</translation>
    </message>
    <message>
        <source>Update the CI secret %1 (%2:%3) with the new token.</source>
        <translation>Atualize o segredo de CI %1 (%2:%3) com o novo token.</translation>
    </message>
    <message>
        <source>Update the environment variable %1 with the new token.</source>
        <translation>Atualize a variável de ambiente %1 com o novo token.</translation>
    </message>
    <message>
        <source>Update %1 by hand.</source>
        <translation>Atualize %1 manualmente.</translation>
    </message>
    <message>
        <source>The old token stays valid until you confirm the places above are updated.</source>
        <translation>O token antigo continua válido até você confirmar que os locais acima foram atualizados.</translation>
    </message>
</context>
<context>
    <name>td::RepoInspector</name>
    <message>
        <source>%1 is not valid JSON (%2); it was skipped.</source>
        <translation>%1 não é um JSON válido (%2); ele foi ignorado.</translation>
    </message>
    <message>
        <source>pnpm-workspace.yaml could not be read: %1</source>
        <translation>Não foi possível ler pnpm-workspace.yaml: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message>
        <source>Your new token</source>
        <translation>Seu novo token</translation>
    </message>
    <message>
        <source>This is the only time npm shows the token. Copy it or put it to use now.</source>
        <translation>Esta é a única vez que o npm mostra o token. Copie-o ou coloque-o em uso agora.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>O novo token</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar o token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar o token</translation>
    </message>
    <message>
        <source>&amp;Try storing again</source>
        <translation>&amp;Tentar salvar novamente</translation>
    </message>
    <message>
        <source>Try storing the token in the keychain again</source>
        <translation>Tentar salvar o token no chaveiro novamente</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar o token</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>&amp;User .npmrc</source>
        <translation>.npmrc do &amp;usuário</translation>
    </message>
    <message>
        <source>Add to the user .npmrc</source>
        <translation>Adicionar ao .npmrc do usuário</translation>
    </message>
    <message>
        <source>P&amp;roject .npmrc</source>
        <translation>.npmrc do p&amp;rojeto</translation>
    </message>
    <message>
        <source>Add to a project&apos;s .npmrc</source>
        <translation>Adicionar ao .npmrc de um projeto</translation>
    </message>
    <message>
        <source>.npmrc file to add the token to</source>
        <translation>Arquivo .npmrc ao qual adicionar o token</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Escolher a pasta do projeto</translation>
    </message>
    <message>
        <source>&amp;Add to .npmrc</source>
        <translation>&amp;Adicionar ao .npmrc</translation>
    </message>
    <message>
        <source>Add the token to the chosen .npmrc</source>
        <translation>Adicionar o token ao .npmrc escolhido</translation>
    </message>
    <message>
        <source>Command that runs npm with the token</source>
        <translation>Comando que executa o npm com o token</translation>
    </message>
    <message>
        <source>Copy co&amp;mmand</source>
        <translation>Copiar coman&amp;do</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copiar o comando</translation>
    </message>
    <message>
        <source>GitHub Actions: store the token as the repository secret %1 and pass it to npm with
%2</source>
        <translation>GitHub Actions: armazene o token como o segredo de repositório %1 e passe-o ao npm com
%2</translation>
    </message>
    <message>
        <source>Copy secret &amp;name</source>
        <translation>Copiar &amp;nome do segredo</translation>
    </message>
    <message>
        <source>Copy the GitHub Actions secret name</source>
        <translation>Copiar o nome do segredo do GitHub Actions</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado. A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>Copiado. A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in your keychain ✓</source>
        <translation>Armazenado no seu chaveiro ✓</translation>
    </message>
    <message>
        <source>Creates %1 (readable only by you) with this line:</source>
        <translation>Cria %1 (legível somente por você) com esta linha:</translation>
    </message>
    <message>
        <source>Replaces line %1 of %2 (the token there now) with this line; a backup is kept:</source>
        <translation>Substitui a linha %1 de %2 (o token atual) por esta linha; um backup é mantido:</translation>
    </message>
    <message>
        <source>Adds this line to %1; every other line stays as it is and a backup is kept:</source>
        <translation>Adiciona esta linha a %1; todas as outras linhas ficam como estão e um backup é mantido:</translation>
    </message>
    <message>
        <source>Written to %1, line %2.</source>
        <translation>Gravado em %1, linha %2.</translation>
    </message>
    <message>
        <source>Written to %1, line %2. Backup: %3</source>
        <translation>Gravado em %1, linha %2. Backup: %3</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Escolher pasta…</translation>
    </message>
</context>
<context>
    <name>td::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Check what the token will be able to do before it is created.</source>
        <translation>Verifique o que o token poderá fazer antes de ele ser criado.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas a corrigir</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nome: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrição: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidade: %1</translation>
    </message>
    <message>
        <source>Packages: all packages, including new ones (%1)</source>
        <translation>Pacotes: todos os pacotes, inclusive os novos (%1)</translation>
    </message>
    <message>
        <source>Packages and scopes: %1 (%2)</source>
        <translation>Pacotes e escopos: %1 (%2)</translation>
    </message>
    <message>
        <source>Packages and scopes: none</source>
        <translation>Pacotes e escopos: nenhum</translation>
    </message>
    <message>
        <source>Organizations: %1 (%2)</source>
        <translation>Organizações: %1 (%2)</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expira: %1</translation>
    </message>
    <message>
        <source>Usable from: any IP address</source>
        <translation>Utilizável a partir de: qualquer endereço IP</translation>
    </message>
    <message>
        <source>Usable from: %1</source>
        <translation>Utilizável a partir de: %1</translation>
    </message>
    <message>
        <source>Two-factor authentication: bypassed</source>
        <translation>Autenticação de dois fatores: ignorada</translation>
    </message>
    <message>
        <source>Two-factor authentication: required to publish</source>
        <translation>Autenticação de dois fatores: exigida para publicar</translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message>
        <source>Revoke token</source>
        <translation>Revogar token</translation>
    </message>
    <message>
        <source>Revoke the npm token &apos;%1&apos;?</source>
        <translation>Revogar o token do npm &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Anything that still uses it (CI, an .npmrc) stops working at once. This cannot be undone.</source>
        <translation>Tudo o que ainda o usa (a CI, um .npmrc) para de funcionar imediatamente. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revogar</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>Remover também a %n linha que o usa neste computador (com backup antes)</numerusform>
            <numerusform>Remover também as %n linhas que o usam neste computador (com backup antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Still used in:</source>
        <translation>Ainda usado em:</translation>
    </message>
    <message>
        <source>Its lines on this computer were not removed: %1</source>
        <translation>As linhas dele neste computador não foram removidas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>%n linha que o usava foi removida; backups em %1.</numerusform>
            <numerusform>%n linhas que o usavam foram removidas; backups em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message>
        <source>all packages</source>
        <translation>todos os pacotes</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n pacote</numerusform>
            <numerusform>%n pacotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n escopo</numerusform>
            <numerusform>%n escopos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (org)</source>
        <translation>%1 (organização)</translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message>
        <source>no packages</source>
        <translation>nenhum pacote</translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>Sua sessão do npm em %1 termina em %n minuto. Entre novamente para continuar trabalhando.</numerusform>
            <numerusform>Sua sessão do npm em %1 termina em %n minutos. Entre novamente para continuar trabalhando.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionManager</name>
    <message>
        <source>TokenDesk keeps sessions only in the system keychain, and it cannot be used: %1</source>
        <translation>O TokenDesk guarda sessões somente no chaveiro do sistema, e ele não pode ser usado: %1</translation>
    </message>
    <message>
        <source>Unlock or set up the keychain, then sign in again. Nothing was saved.</source>
        <translation>Desbloqueie ou configure o chaveiro e entre novamente. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Signing in with a password needs a user name and a password.</source>
        <translation>Entrar com senha exige um nome de usuário e uma senha.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password instead (for tokendesk-cli: login --auth-type legacy).</source>
        <translation>Entre com seu nome de usuário e senha em vez disso (no tokendesk-cli: login --auth-type legacy).</translation>
    </message>
    <message>
        <source>The session could not be stored in the keychain: %1</source>
        <translation>Não foi possível armazenar a sessão no chaveiro: %1</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Não existe a conta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign in again to continue.</source>
        <translation>Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>You are not signed in as %1.</source>
        <translation>Você não está conectado como %1.</translation>
    </message>
    <message>
        <source>Your session with %1 has ended.</source>
        <translation>Sua sessão com %1 foi encerrada.</translation>
    </message>
    <message>
        <source>You are signed out of %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
    <message>
        <source>Your session with %1 is not in the keychain.</source>
        <translation>Sua sessão com %1 não está no chaveiro.</translation>
    </message>
</context>
<context>
    <name>td::SettingsDialog</name>
    <message>
        <source>TokenDesk settings</source>
        <translation>Configurações do TokenDesk</translation>
    </message>
    <message>
        <source>Warn before expiry</source>
        <translation>Avisar antes da expiração</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 14d, 7d, 3d, 1d, 1h. TokenDesk also warns when a token has expired.</source>
        <translation>Separados por vírgula, p. ex. 14d, 7d, 3d, 1d, 1h. O TokenDesk também avisa quando um token expirou.</translation>
    </message>
    <message>
        <source>&amp;Warn before expiry:</source>
        <translation>&amp;Avisar antes da expiração:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Limpar tokens copiados após:</translation>
    </message>
    <message>
        <source>&amp;Start TokenDesk in the tray when I log in</source>
        <translation>&amp;Iniciar o TokenDesk na bandeja do sistema quando eu fizer login</translation>
    </message>
    <message>
        <source>Write each warning as a number and d, h or m, separated by commas, e.g. 14d, 7d, 1h.</source>
        <translation>Escreva cada aviso como um número seguido de d, h ou m, separados por vírgula, p. ex. 14d, 7d, 1h.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>CI runs already queued still use the old token: TokenDesk revokes it only this long after every CI secret holds the new one.</source>
        <translation>Execuções de CI já na fila ainda usam o token antigo: o TokenDesk só o revoga depois que esse tempo passar desde que todos os segredos de CI contêm o novo.</translation>
    </message>
    <message>
        <source>&amp;Revoke the old token after:</source>
        <translation>&amp;Revogar o token antigo após:</translation>
    </message>
    <message>
        <source>C&amp;I services</source>
        <translation>&amp;Serviços de CI</translation>
    </message>
    <message>
        <source>P&amp;ublish watch</source>
        <translation>Vigilância de &amp;publicações</translation>
    </message>
</context>
<context>
    <name>td::SignInDialog</name>
    <message>
        <source>Sign in to an npm registry</source>
        <translation>Entrar em um registro do npm</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Endereço do registro</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (recommended)</source>
        <translation>Entrar com o nave&amp;gador (recomendado)</translation>
    </message>
    <message>
        <source>Sign in with user &amp;name and password</source>
        <translation>Entrar com &amp;nome de usuário e senha</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>optional: asked for when needed</source>
        <translation>opcional: solicitada quando necessário</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Código de uso único:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>The sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.
If no page opened, visit: %1
Waiting for approval…</source>
        <translation>A página de login foi aberta no seu navegador. Entre por lá; o TokenDesk continua sozinho.
Se nenhuma página abriu, acesse: %1
Aguardando aprovação…</translation>
    </message>
    <message>
        <source>Waiting for your one-time password…</source>
        <translation>Aguardando sua senha de uso único…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a registry address.</source>
        <translation>&quot;%1&quot; não é um endereço de registro.</translation>
    </message>
    <message>
        <source>Asking %1 for a sign-in page…</source>
        <translation>Pedindo a %1 uma página de login…</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Entrando em %1 como %2…</translation>
    </message>
    <message>
        <source>%1 does not offer sign-in through the browser. Enter your user name and password instead.</source>
        <translation>%1 não oferece login pelo navegador. Digite seu nome de usuário e senha em vez disso.</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Co&amp;piar endereço</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself:
%1
Waiting for approval…</source>
        <translation>Não foi possível abrir nenhum navegador da web. Abra este endereço no seu navegador e entre lá; o TokenDesk continua sozinho:
%1
Aguardando aprovação…</translation>
    </message>
</context>
<context>
    <name>td::StageErrors</name>
    <message>
        <source>stage-id must be a valid UUID</source>
        <translation>stage-id deve ser um UUID válido</translation>
    </message>
    <message>
        <source>Copy the id from &apos;stage list&apos;, for example 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</source>
        <translation>Copie o id de &quot;stage list&quot;, por exemplo 3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b.</translation>
    </message>
    <message>
        <source>No staged version with id %1 waits on the registry.</source>
        <translation>Nenhuma versão preparada com o id %1 aguarda no registro.</translation>
    </message>
    <message>
        <source>It may have been approved or rejected already, or it is not yours to see. Run &apos;stage list&apos; for the versions that wait.</source>
        <translation>Ela pode já ter sido aprovada ou rejeitada, ou você não tem permissão para vê-la. Execute &quot;stage list&quot; para ver as versões que aguardam.</translation>
    </message>
    <message>
        <source>Staged version %1 is still being validated by the registry and cannot be approved yet.</source>
        <translation>A versão preparada %1 ainda está sendo validada pelo registro e ainda não pode ser aprovada.</translation>
    </message>
    <message>
        <source>Wait a few minutes until its status is “staged”, then approve it.</source>
        <translation>Aguarde alguns minutos até que o status dela seja &quot;staged&quot; e então aprove-a.</translation>
    </message>
    <message>
        <source>The registry already has this version, published or staged (%1).</source>
        <translation>O registro já tem esta versão, publicada ou preparada (%1).</translation>
    </message>
    <message>
        <source>Reject this stage, or stage a new version number.</source>
        <translation>Rejeite esta versão preparada ou prepare um novo número de versão.</translation>
    </message>
    <message>
        <source>Approving or rejecting a staged version needs two-factor authentication on your npm account.</source>
        <translation>Aprovar ou rejeitar uma versão preparada exige a autenticação de dois fatores na sua conta do npm.</translation>
    </message>
    <message>
        <source>Turn on 2FA in your npm account settings, then try again.</source>
        <translation>Ative a 2FA nas configurações da sua conta do npm e tente novamente.</translation>
    </message>
    <message>
        <source>The registry does not let this account approve or reject staged versions of this package.</source>
        <translation>O registro não permite que esta conta aprove ou rejeite versões preparadas deste pacote.</translation>
    </message>
    <message>
        <source>Stage-only and trusted-publishing tokens cannot approve; sign in as a maintainer of the package.</source>
        <translation>Tokens somente de preparação e tokens de publicação confiável não podem aprovar; entre como mantenedor do pacote.</translation>
    </message>
</context>
<context>
    <name>td::StageInbox</name>
    <message>
        <source>Sign in to %1 as %2 to see its staged versions.</source>
        <translation>Entre em %1 como %2 para ver as versões preparadas.</translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n versão preparada aguarda sua aprovação.</numerusform>
            <numerusform>%n versões preparadas aguardam sua aprovação.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing staged waits for your approval.</source>
        <translation>Nenhuma versão preparada aguarda sua aprovação.</translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>Aprovando %1 de %n…</numerusform>
            <numerusform>Aprovando %1 de %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>Rejeitando %1 de %n…</numerusform>
            <numerusform>Rejeitando %1 de %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a staged version to see what changed.</source>
        <translation>Selecione uma versão preparada para ver o que mudou.</translation>
    </message>
    <message>
        <source>%1 has no release yet: npm created this placeholder when the package was first staged. It is not a release; approve the staged version itself.</source>
        <translation>%1 ainda não tem nenhuma versão: o npm criou este marcador de posição quando o pacote foi preparado pela primeira vez. Ele não é uma versão; aprove a própria versão preparada.</translation>
    </message>
    <message>
        <source>This staged version was rejected.</source>
        <translation>Esta versão preparada foi rejeitada.</translation>
    </message>
    <message>
        <source>Comparing %1 with the last release…</source>
        <translation>Comparando %1 com a última versão…</translation>
    </message>
    <message>
        <source>The changes could not be loaded: %1 Select the version again to retry.</source>
        <translation>Não foi possível carregar as alterações: %1 Selecione a versão novamente para tentar outra vez.</translation>
    </message>
    <message>
        <source>Approve staged version</source>
        <translation>Aprovar versão preparada</translation>
    </message>
    <message>
        <source>Approve %1 %2?</source>
        <translation>Aprovar %1 %2?</translation>
    </message>
    <message>
        <source>It is published with the tag &quot;%1&quot; and can be installed at once. Your second factor confirms it.</source>
        <translation>Ela será publicada com a tag &quot;%1&quot; e poderá ser instalada imediatamente. Seu segundo fator confirma a ação.</translation>
    </message>
    <message>
        <source>&amp;Approve %1</source>
        <translation>&amp;Aprovar %1</translation>
    </message>
    <message>
        <source>Reject staged version</source>
        <translation>Rejeitar versão preparada</translation>
    </message>
    <message>
        <source>Reject %1 %2?</source>
        <translation>Rejeitar %1 %2?</translation>
    </message>
    <message>
        <source>The staged version and its tarball are deleted from the registry. This cannot be undone. Your second factor confirms it.</source>
        <translation>A versão preparada e o tarball dela serão excluídos do registro. Isso não pode ser desfeito. Seu segundo fator confirma a ação.</translation>
    </message>
    <message>
        <source>&amp;Reject %1</source>
        <translation>&amp;Rejeitar %1</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace %1:</source>
        <translation>Na ordem de dependências do espaço de trabalho %1:</translation>
    </message>
    <message>
        <source>Oldest first:</source>
        <translation>Da mais antiga para a mais recente:</translation>
    </message>
    <message>
        <source>%1. %2 %3 (tag %4)</source>
        <translation>%1. %2 %3 (tag %4)</translation>
    </message>
    <message>
        <source>Approve staged versions</source>
        <translation>Aprovar versões preparadas</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>Aprovar %n versão preparada?</numerusform>
            <numerusform>Aprovar %n versões preparadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Aprovar %n</numerusform>
            <numerusform>&amp;Aprovar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleaseModel</name>
    <message>
        <source>npm created this placeholder when the package was first staged. It is not a release and cannot be approved.</source>
        <translation>O npm criou este marcador de posição quando o pacote foi preparado pela primeira vez. Ele não é uma versão e não pode ser aprovado.</translation>
    </message>
    <message>
        <source>placeholder, not a release</source>
        <translation>marcador de posição, não uma versão</translation>
    </message>
    <message>
        <source>%1 (trusted automation)</source>
        <translation>%1 (automação confiável)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (usuário)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <source>Approved (tag %1)</source>
        <translation>Aprovada (tag %1)</translation>
    </message>
    <message>
        <source>Rejected and deleted</source>
        <translation>Rejeitada e excluída</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Not attempted (an earlier one failed)</source>
        <translation>Não tentada (uma anterior falhou)</translation>
    </message>
    <message>
        <source>Not a release</source>
        <translation>Não é uma versão</translation>
    </message>
    <message>
        <source>Validating on the registry</source>
        <translation>Em validação no registro</translation>
    </message>
    <message>
        <source>Waiting for your review</source>
        <translation>Aguardando sua revisão</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
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
        <translation>Status da revisão</translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message>
        <source>Staged releases</source>
        <translation>Versões preparadas</translation>
    </message>
    <message>
        <source>Changes against the last release</source>
        <translation>Alterações em relação à última versão</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Approve the selected staged version</source>
        <translation>Aprovar a versão preparada selecionada</translation>
    </message>
    <message>
        <source>Publish the selected version (Ctrl+Return)</source>
        <translation>Publicar a versão selecionada (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeitar…</translation>
    </message>
    <message>
        <source>Reject the selected staged version</source>
        <translation>Rejeitar a versão preparada selecionada</translation>
    </message>
    <message>
        <source>Delete the selected staged version (Ctrl+Delete)</source>
        <translation>Excluir a versão preparada selecionada (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Approve a&amp;ll in dependency order…</source>
        <translation>Aprovar &amp;todas na ordem de dependências…</translation>
    </message>
    <message>
        <source>Approve every waiting staged version</source>
        <translation>Aprovar todas as versões preparadas em espera</translation>
    </message>
    <message>
        <source>Batch approval progress</source>
        <translation>Progresso da aprovação em lote</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 de %n aprovada</numerusform>
            <numerusform>%1 de %n aprovadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SyncStatus</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>há %1 d</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <source>add an account to see its tokens</source>
        <translation>adicione uma conta para ver os tokens dela</translation>
    </message>
    <message>
        <source>sign in to refresh</source>
        <translation>entre para atualizar</translation>
    </message>
    <message>
        <source>sign in to see your tokens</source>
        <translation>entre para ver seus tokens</translation>
    </message>
</context>
<context>
    <name>td::TarballReader</name>
    <message>
        <source>TokenDesk does not open this tarball. Reject the staged version unless you know why it looks like this.</source>
        <translation>O TokenDesk não abre este tarball. Rejeite a versão preparada, a menos que você saiba por que ele está assim.</translation>
    </message>
    <message>
        <source>The tarball is %1 MB, more than the %2 MB TokenDesk reads.</source>
        <translation>O tarball tem %1 MB, mais do que os %2 MB que o TokenDesk lê.</translation>
    </message>
    <message>
        <source>This is not a gzip-compressed tar archive (%1).</source>
        <translation>Este não é um arquivo tar compactado com gzip (%1).</translation>
    </message>
    <message>
        <source>The tarball is damaged or not a tar archive (%1).</source>
        <translation>O tarball está danificado ou não é um arquivo tar (%1).</translation>
    </message>
    <message>
        <source>The tarball holds more than %1 entries.</source>
        <translation>O tarball contém mais de %1 entradas.</translation>
    </message>
    <message>
        <source>The tarball holds an entry named “%1” that points outside the package folder.</source>
        <translation>O tarball contém uma entrada chamada &quot;%1&quot; que aponta para fora da pasta do pacote.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” is %2 MB, more than the %3 MB TokenDesk reads for one file.</source>
        <translation>A entrada &quot;%1&quot; do tarball tem %2 MB, mais do que os %3 MB que o TokenDesk lê para um arquivo.</translation>
    </message>
    <message>
        <source>The tarball&apos;s entry “%1” cannot be read (%2).</source>
        <translation>A entrada &quot;%1&quot; do tarball não pode ser lida (%2).</translation>
    </message>
    <message>
        <source>The tarball unpacks to more than %1 MB.</source>
        <translation>O tarball descompactado ocupa mais de %1 MB.</translation>
    </message>
    <message>
        <source>TokenDesk cannot open tarballs: %1</source>
        <translation>O TokenDesk não consegue abrir tarballs: %1</translation>
    </message>
    <message>
        <source>Install libarchive13 (sudo apt install libarchive13), or reinstall TokenDesk&apos;s package, which depends on it.</source>
        <translation>Instale a libarchive13 (sudo apt install libarchive13) ou reinstale o pacote do TokenDesk, que depende dela.</translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message>
        <source>Token timeline</source>
        <translation>Linha do tempo dos tokens</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
Criado: %2
Expira: %3 (%4)</translation>
    </message>
    <message>
        <source>No tokens to show yet.</source>
        <translation>Ainda não há tokens para mostrar.</translation>
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
        <translation>hoje</translation>
    </message>
</context>
<context>
    <name>td::Token</name>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>leitura e gravação</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>somente preparar</translation>
    </message>
    <message>
        <source>publish (bypasses 2FA)</source>
        <translation>publicar (ignora a 2FA)</translation>
    </message>
    <message>
        <source>classic publish</source>
        <translation>clássico de publicação</translation>
    </message>
    <message>
        <source>classic read-only</source>
        <translation>clássico somente leitura</translation>
    </message>
    <message>
        <source>classic automation</source>
        <translation>clássico de automação</translation>
    </message>
    <message>
        <source>login session</source>
        <translation>token de sessão</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message>
        <source>&apos;%1&apos; was not revoked: %2</source>
        <translation>&quot;%1&quot; não foi revogado: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was revoked.</source>
        <translation>&quot;%1&quot; foi revogado.</translation>
    </message>
    <message>
        <source>The secret of &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>Não foi possível ler do chaveiro o segredo de &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>&quot;%1&quot; copiado; a área de transferência será limpa em %n s.</numerusform>
            <numerusform>&quot;%1&quot; copiado; a área de transferência será limpa em %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenCache</name>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>versão de formato desconhecida</translation>
    </message>
    <message>
        <source>it belongs to another account</source>
        <translation>pertence a outra conta</translation>
    </message>
    <message>
        <source>no valid sync time</source>
        <translation>nenhum horário de sincronização válido</translation>
    </message>
    <message>
        <source>no token list</source>
        <translation>nenhuma lista de tokens</translation>
    </message>
    <message>
        <source>a token entry is damaged</source>
        <translation>uma entrada de token está danificada</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2); it was kept as %3.</source>
        <translation>A lista de tokens salva %1 está danificada (%2); ela foi guardada como %3.</translation>
    </message>
    <message>
        <source>The saved token list %1 is damaged (%2).</source>
        <translation>A lista de tokens salva %1 está danificada (%2).</translation>
    </message>
    <message>
        <source>Refresh to download the list again.</source>
        <translation>Atualize para baixar a lista novamente.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Não é possível remover %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenContextMenu</name>
    <message>
        <source>Token actions</source>
        <translation>Ações do token</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otacionar…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <source>Show &amp;where used</source>
        <translation>Mostrar o&amp;nde é usado</translation>
    </message>
</context>
<context>
    <name>td::TokenCreation</name>
    <message>
        <source>The token was created, but it could not be stored in your keychain (%1). Copy it now or try storing it again: it will not be shown again after you close this window.</source>
        <translation>O token foi criado, mas não foi possível armazená-lo no seu chaveiro (%1). Copie-o agora ou tente armazená-lo novamente: ele não será mostrado de novo depois que você fechar esta janela.</translation>
    </message>
</context>
<context>
    <name>td::TokenCreationService</name>
    <message>
        <source>A token is already being created.</source>
        <translation>Um token já está sendo criado.</translation>
    </message>
    <message>
        <source>Enter your npm password: npm asks for it to create a token.</source>
        <translation>Digite sua senha do npm: o npm a pede para criar um token.</translation>
    </message>
    <message>
        <source>There is no token to store.</source>
        <translation>Não há nenhum token para armazenar.</translation>
    </message>
    <message>
        <source>The registry asks for a one-time password, but the window that asked for this token is closed.</source>
        <translation>O registro pede uma senha de uso único, mas a janela que solicitou este token está fechada.</translation>
    </message>
    <message>
        <source>Create the token again.</source>
        <translation>Crie o token novamente.</translation>
    </message>
</context>
<context>
    <name>td::TokenDetailsPane</name>
    <message>
        <source>Token details</source>
        <translation>Detalhes do token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;otacionar</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <source>Select a token to see its permissions, scopes and where it is used.</source>
        <translation>Selecione um token para ver as permissões, os escopos e onde ele é usado.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>todos os pacotes</translation>
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
        <translation>Pacotes e escopos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Allowed IP ranges</source>
        <translation>Intervalos de IP permitidos</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>qualquer endereço</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Ignora a 2FA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>never or unknown</source>
        <translation>nunca ou desconhecido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>in your keychain</source>
        <translation>no seu chaveiro</translation>
    </message>
    <message>
        <source>not stored by TokenDesk</source>
        <translation>não armazenado pelo TokenDesk</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>ainda não verificado</translation>
    </message>
    <message>
        <source>not used on this computer</source>
        <translation>não usado neste computador</translation>
    </message>
    <message>
        <source>Used on this machine</source>
        <translation>Usado neste computador</translation>
    </message>
    <message>
        <source>Copy the token; the clipboard is cleared after 30 s</source>
        <translation>Copiar o token; a área de transferência é limpa após 30 s</translation>
    </message>
    <message>
        <source>TokenDesk does not hold this token&apos;s secret</source>
        <translation>O TokenDesk não tem o segredo deste token</translation>
    </message>
    <message>
        <source>In CI</source>
        <translation>Na CI</translation>
    </message>
    <message>
        <source>Connect a CI service…</source>
        <translation>Conectar um serviço de CI…</translation>
    </message>
    <message>
        <source>Last releases</source>
        <translation>Últimas versões</translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message>
        <source>Publish from CI</source>
        <translation>Publicar a partir da CI</translation>
    </message>
    <message>
        <source>Install private packages in CI</source>
        <translation>Instalar pacotes privados na CI</translation>
    </message>
    <message>
        <source>Publish from this computer</source>
        <translation>Publicar a partir deste computador</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>Somente leitura por %n dia: pode instalar seus pacotes privados, mas nunca publicar, e tokens somente leitura não precisam de 2FA. Tokens somente leitura não têm vida máxima; o TokenDesk avisa você antes que ele expire.</numerusform>
            <numerusform>Somente leitura por %n dias: pode instalar seus pacotes privados, mas nunca publicar, e tokens somente leitura não precisam de 2FA. Tokens somente leitura não têm vida máxima; o TokenDesk avisa você antes que ele expire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>Leitura e gravação por %n dia, o padrão do npm. Não ignora a 2FA: você mesmo confirma cada publicação, então uma cópia roubada não consegue publicar sozinha.</numerusform>
            <numerusform>Leitura e gravação por %n dias, o padrão do npm. Não ignora a 2FA: você mesmo confirma cada publicação, então uma cópia roubada não consegue publicar sozinha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>Escolha você mesmo cada configuração, a partir dos padrões do npm: somente leitura, %n dia.</numerusform>
            <numerusform>Escolha você mesmo cada configuração, a partir dos padrões do npm: somente leitura, %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a permission for the packages and scopes; &apos;no access&apos; grants nothing.</source>
        <translation>Escolha uma permissão para os pacotes e escopos; &quot;sem acesso&quot; não concede nada.</translation>
    </message>
    <message>
        <source>Choose a permission for the organizations; &apos;no access&apos; grants nothing.</source>
        <translation>Escolha uma permissão para as organizações; &quot;sem acesso&quot; não concede nada.</translation>
    </message>
    <message>
        <source>Usable from any IP address: add an IP range to limit where it works.</source>
        <translation>Utilizável a partir de qualquer endereço IP: adicione um intervalo de IP para limitar onde ele funciona.</translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>Pode publicar seu %n pacote, e também pacotes novos.</numerusform>
            <numerusform>Pode publicar todos os %n pacotes, e também pacotes novos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>Pode preparar versões do seu %n pacote, e também de pacotes novos.</numerusform>
            <numerusform>Pode preparar versões de todos os %n pacotes, e também de pacotes novos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>Expira em %n dia: você será lembrado.</numerusform>
            <numerusform>Expira em %n dias: você será lembrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>Leitura e gravação (somente preparar) por %n dia: a CI prepara cada versão sem 2FA, e você a aprova com 2FA antes que ela seja publicada. Isso continua funcionando depois que o npm encerrar a publicação direta com tokens em janeiro de 2027, e a maior validade permitida significa menos rotações (o TokenDesk avisa você antes que ele expire). Melhor ainda, use a publicação confiável: assim a CI não precisa de nenhum token.</numerusform>
            <numerusform>Leitura e gravação (somente preparar) por %n dias: a CI prepara cada versão sem 2FA, e você a aprova com 2FA antes que ela seja publicada. Isso continua funcionando depois que o npm encerrar a publicação direta com tokens em janeiro de 2027, e a maior validade permitida significa menos rotações (o TokenDesk avisa você antes que ele expire). Melhor ainda, use a publicação confiável: assim a CI não precisa de nenhum token.</numerusform>
        </translation>
    </message>
    <message>
        <source>npm ends direct publishing with bypass-2FA tokens in January 2027; the exact day is not announced, and npm&apos;s documentation words it for every token that publishes directly. After that day this token may no longer publish. Choose &quot;Read and write (stage only)&quot; to stage releases that you approve with 2FA, or use trusted publishing.</source>
        <translation>O npm encerra a publicação direta com tokens que ignoram a 2FA em janeiro de 2027; o dia exato não foi anunciado, e a documentação do npm o formula para todo token que publica diretamente. Depois desse dia, este token pode não conseguir mais publicar. Escolha &quot;Leitura e gravação (somente preparar)&quot; para preparar versões que você aprova com 2FA ou use a publicação confiável.</translation>
    </message>
    <message>
        <source>Can publish every package of this account, and new packages too.</source>
        <translation>Pode publicar todos os pacotes desta conta e também pacotes novos.</translation>
    </message>
    <message>
        <source>Can stage releases of every package of this account, and of new packages too.</source>
        <translation>Pode preparar versões de todos os pacotes desta conta e também de pacotes novos.</translation>
    </message>
    <message>
        <source>Can publish %1.</source>
        <translation>Pode publicar %1.</translation>
    </message>
    <message>
        <source>Can publish every package in %1, and new ones there too.</source>
        <translation>Pode publicar todos os pacotes em %1 e também os novos criados lá.</translation>
    </message>
    <message>
        <source>Can add and remove members and teams in %1.</source>
        <translation>Pode adicionar e remover membros e equipes em %1.</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a code. npm plans to end publishing with such tokens in January 2027.</source>
        <translation>Ignora a autenticação de dois fatores: qualquer pessoa que o tenha pode publicar sem código. O npm planeja encerrar a publicação com esses tokens em janeiro de 2027.</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message>
        <source>Set token expiry</source>
        <translation>Definir expiração do token</translation>
    </message>
    <message>
        <source>This registry does not say when the token of %1 ends. Enter the last day it works (as shown where you created it), and TokenDesk counts down and warns you in time.</source>
        <translation>Este registro não informa quando o token de %1 termina. Informe o último dia em que ele funciona (conforme mostrado onde você o criou), e o TokenDesk fará a contagem regressiva e avisará você a tempo.</translation>
    </message>
    <message>
        <source>Last day the token works</source>
        <translation>Último dia em que o token funciona</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
    </message>
    <message>
        <source>From today:</source>
        <translation>A partir de hoje:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>The token &amp;never expires</source>
        <translation>O token &amp;nunca expira</translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryEntry</name>
    <message>
        <source>The account %1 is no longer in TokenDesk.</source>
        <translation>A conta %1 não está mais no TokenDesk.</translation>
    </message>
    <message>
        <source>Sign in again, then set the token&apos;s expiry.</source>
        <translation>Entre novamente e depois defina a expiração do token.</translation>
    </message>
    <message>
        <source>TokenDesk cannot store this expiry for %1.</source>
        <translation>O TokenDesk não pode armazenar esta expiração para %1.</translation>
    </message>
    <message>
        <source>This registry&apos;s tokens end on a date; enter that date.</source>
        <translation>Os tokens deste registro terminam em uma data; informe essa data.</translation>
    </message>
</context>
<context>
    <name>td::TokenIdentity</name>
    <message>
        <source>no value here</source>
        <translation>nenhum valor aqui</translation>
    </message>
    <message>
        <source>npm token</source>
        <translation>token do npm</translation>
    </message>
    <message>
        <source>classic token (old UUID format)</source>
        <translation>token clássico (formato UUID antigo)</translation>
    </message>
    <message>
        <source>placeholder, not a real token</source>
        <translation>marcador de posição, não um token real</translation>
    </message>
    <message>
        <source>other credential</source>
        <translation>outra credencial</translation>
    </message>
</context>
<context>
    <name>td::TokenListModel</name>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Packages and scopes</source>
        <translation>Pacotes e escopos</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Bypasses 2FA</source>
        <translation>Ignora a 2FA</translation>
    </message>
    <message>
        <source>In keychain</source>
        <translation>No chaveiro</translation>
    </message>
    <message>
        <source>npm ends direct publishing with tokens in January 2027 (the exact day is not announced). Move this token&apos;s packages to trusted publishing or to a stage-only token.</source>
        <translation>O npm encerra a publicação direta com tokens em janeiro de 2027 (o dia exato não foi anunciado). Passe os pacotes deste token para a publicação confiável ou para um token somente de preparação.</translation>
    </message>
    <message>
        <source>Stages releases that you approve with 2FA; keeps working after January 2027.</source>
        <translation>Prepara versões que você aprova com 2FA; continua funcionando depois de janeiro de 2027.</translation>
    </message>
    <message>
        <source>stops publishing in January 2027</source>
        <translation>deixa de publicar em janeiro de 2027</translation>
    </message>
    <message>
        <source>stage only</source>
        <translation>somente preparar</translation>
    </message>
    <message>
        <source>Bypasses two-factor authentication: anyone holding it can publish without a second factor.</source>
        <translation>Ignora a autenticação de dois fatores: qualquer pessoa que o tenha pode publicar sem segundo fator.</translation>
    </message>
</context>
<context>
    <name>td::TokenListPresenter</name>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Falha ao atualizar: %1</translation>
    </message>
</context>
<context>
    <name>td::TokenMatcher</name>
    <message>
        <source>This credential is for %1, not for this account&apos;s registry.</source>
        <translation>Esta credencial é para %1, não para o registro desta conta.</translation>
    </message>
    <message>
        <source>The value is stored in the CI service, not on this computer.</source>
        <translation>O valor está armazenado no serviço de CI, não neste computador.</translation>
    </message>
    <message>
        <source>The variable %1 is not set here.</source>
        <translation>A variável %1 não está definida aqui.</translation>
    </message>
    <message>
        <source>This is actions/setup-node&apos;s placeholder, not a real token.</source>
        <translation>Este é o marcador de posição do actions/setup-node, não um token real.</translation>
    </message>
    <message>
        <source>A user name and password, not a token: nothing to match.</source>
        <translation>Um nome de usuário e uma senha, não um token: nada para comparar.</translation>
    </message>
    <message>
        <source>The token was revoked or has expired.</source>
        <translation>O token foi revogado ou expirou.</translation>
    </message>
    <message>
        <source>%1 tokens share the masked form %2; TokenDesk cannot tell which one this is.</source>
        <translation>%1 tokens compartilham a forma mascarada %2; o TokenDesk não consegue saber qual é este.</translation>
    </message>
    <message>
        <source>Matched by its masked form only.</source>
        <translation>Correspondido somente pela forma mascarada.</translation>
    </message>
    <message>
        <source>Not one of this account&apos;s tokens, and not checked online.</source>
        <translation>Não é um dos tokens desta conta e não foi verificado on-line.</translation>
    </message>
    <message>
        <source>The registry rejects it (401).</source>
        <translation>O registro o rejeita (401).</translation>
    </message>
    <message>
        <source>It works (user %1) but is not in this account&apos;s token list: a session token or another account&apos;s token.</source>
        <translation>Funciona (usuário %1), mas não está na lista de tokens desta conta: um token de sessão ou o token de outra conta.</translation>
    </message>
    <message>
        <source>Matched by its masked form; the registry could not confirm it: %1</source>
        <translation>Correspondido pela forma mascarada; o registro não conseguiu confirmá-lo: %1</translation>
    </message>
    <message>
        <source>A client certificate in files, not a token: nothing to match.</source>
        <translation>Um certificado de cliente em arquivos, não um token: nada para associar.</translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message>
        <source>Give the token a name.</source>
        <translation>Dê um nome ao token.</translation>
    </message>
    <message>
        <source>The name can be at most %1 characters long (it has %2).</source>
        <translation>O nome pode ter no máximo %1 caracteres (ele tem %2).</translation>
    </message>
    <message>
        <source>The name can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>O nome só pode conter letras, dígitos, espaços, &quot;-&quot; e &quot;_&quot;, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The description can be at most %1 characters long (it has %2).</source>
        <translation>A descrição pode ter no máximo %1 caracteres (ela tem %2).</translation>
    </message>
    <message>
        <source>The description can contain only letters, digits, spaces, &apos;-&apos; and &apos;_&apos;, not &apos;%1&apos;.</source>
        <translation>A descrição só pode conter letras, dígitos, espaços, &quot;-&quot; e &quot;_&quot;, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose an expiry date.</source>
        <translation>Escolha uma data de expiração.</translation>
    </message>
    <message>
        <source>Choose an expiry date at least one day ahead.</source>
        <translation>Escolha uma data de expiração com pelo menos um dia de antecedência.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid npm package name: %2.</source>
        <translation>&quot;%1&quot; não é um nome de pacote do npm válido: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no name after the &apos;@&apos;.</source>
        <translation>&quot;%1&quot; não tem nome depois do &quot;@&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a package name; a scope has no &apos;/&apos;.</source>
        <translation>&quot;%1&quot; é um nome de pacote; um escopo não tem &quot;/&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot start with &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não pode começar com &quot;.&quot;, &quot;_&quot; ou &quot;-&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase.</source>
        <translation>&quot;%1&quot; precisa estar em minúsculas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only contain URL-friendly characters.</source>
        <translation>&quot;%1&quot; só pode conter caracteres válidos em URL.</translation>
    </message>
    <message>
        <source>Enter a scope such as @acme.</source>
        <translation>Digite um escopo, como @acme.</translation>
    </message>
    <message>
        <source>Enter an organization name.</source>
        <translation>Digite um nome de organização.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: enter the organization without &apos;@&apos;.</source>
        <translation>&quot;%1&quot;: digite a organização sem &quot;@&quot;.</translation>
    </message>
    <message>
        <source>CIDR whitelist can only contain IPv4 addresses, %1 is IPv6</source>
        <translation>A lista de CIDR permitidos só pode conter endereços IPv4; %1 é IPv6</translation>
    </message>
    <message>
        <source>CIDR whitelist contains invalid CIDR entry: %1</source>
        <translation>A lista de CIDR permitidos contém uma entrada CIDR inválida: %1</translation>
    </message>
    <message>
        <source>A token can name at most %1 packages and scopes together (this one has %2). Use a scope or all packages instead.</source>
        <translation>Um token pode citar no máximo %1 pacotes e escopos juntos (este tem %2). Use um escopo ou todos os pacotes em vez disso.</translation>
    </message>
    <message>
        <source>A token can name at most %1 organizations (this one has %2).</source>
        <translation>Um token pode citar no máximo %1 organizações (este tem %2).</translation>
    </message>
    <message>
        <source>You must give this token access to at least one package, scope, or organization.</source>
        <translation>Você precisa dar a este token acesso a pelo menos um pacote, escopo ou organização.</translation>
    </message>
    <message>
        <source>Stage-only applies to packages and scopes; for organizations choose no access, read-only or read and write.</source>
        <translation>&quot;Somente preparar&quot; se aplica a pacotes e escopos; para organizações, escolha sem acesso, somente leitura ou leitura e gravação.</translation>
    </message>
    <message>
        <source>Bypass 2FA applies only to tokens that can write; a read-only token never asks for 2FA.</source>
        <translation>Ignorar a 2FA só se aplica a tokens que podem gravar; um token somente leitura nunca pede 2FA.</translation>
    </message>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>Valor de expiração inválido. Tokens de leitura e gravação só podem ser válidos por até %n dia.</numerusform>
            <numerusform>Valor de expiração inválido. Tokens de leitura e gravação só podem ser válidos por até %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>Um token precisa ser válido por pelo menos %n dia.</numerusform>
            <numerusform>Um token precisa ser válido por pelo menos %n dias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenSync</name>
    <message>
        <source>TokenDesk does not know the account %1.</source>
        <translation>O TokenDesk não conhece a conta %1.</translation>
    </message>
</context>
<context>
    <name>td::TokenUsage</name>
    <message>
        <source>CI uses secret %1 (%2)</source>
        <translation>A CI usa o segredo %1 (%2)</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
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
        <translation>&amp;Abrir o TokenDesk</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Novo token…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Rotacionar agora</translation>
    </message>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n versão preparada aguarda sua aprovação</numerusform>
            <numerusform>%n versões preparadas aguardam sua aprovação</numerusform>
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
        <translation>Revisar versões preparadas</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>Move off this token…</source>
        <translation>Deixar de usar este token…</translation>
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
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Progress per package</source>
        <translation>Progresso por pacote</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 gravado.</translation>
    </message>
    <message>
        <source>No trusted publisher to create.</source>
        <translation>Nenhum publicador confiável para criar.</translation>
    </message>
    <message>
        <source>Not signed in: no trusted publisher was created.</source>
        <translation>Não conectado: nenhum publicador confiável foi criado.</translation>
    </message>
    <message>
        <source>%1 of %2 verified on the registry.</source>
        <translation>%1 de %2 verificados no registro.</translation>
    </message>
</context>
<context>
    <name>td::TrustAudit</name>
    <message>
        <source>%1 allows staging only, but %2 runs npm publish: npm will answer &quot;OIDC permission denied for this action&quot;. Change the step to npm stage publish (tokendesk-cli trust workflow --apply).</source>
        <translation>%1 só permite preparar, mas %2 executa npm publish: o npm responderá &quot;OIDC permission denied for this action&quot;. Altere a etapa para npm stage publish (tokendesk-cli trust workflow --apply).</translation>
    </message>
    <message>
        <source>%1 does not allow staging, but %2 runs npm stage publish. Allow it (--allow-stage-publish) or publish directly.</source>
        <translation>%1 não permite preparar, mas %2 executa npm stage publish. Permita isso (--allow-stage-publish) ou publique diretamente.</translation>
    </message>
    <message>
        <source>%1 requires the environment &quot;%2&quot;, but no publish job of %3 runs in it, so npm will refuse the job&apos;s token. Set environment: %2 on the publish job, or recreate the config with the job&apos;s environment.</source>
        <translation>%1 exige o ambiente &quot;%2&quot;, mas nenhum trabalho de publicação de %3 é executado nele, então o npm recusará o token do trabalho. Defina environment: %2 no trabalho de publicação ou recrie a configuração com o ambiente do trabalho.</translation>
    </message>
    <message>
        <source>%1 allows direct npm publish: a release goes out without anyone approving it. Allow only npm stage publish unless you need direct publishing.</source>
        <translation>%1 permite npm publish direto: uma versão é publicada sem que ninguém a aprove. Permita somente npm stage publish, a menos que você precise publicar diretamente.</translation>
    </message>
    <message>
        <source>%1 names no environment: any job of the workflow, on any branch, may publish. Name a protected environment.</source>
        <translation>%1 não indica nenhum ambiente: qualquer trabalho do fluxo de trabalho, em qualquer branch, pode publicar. Indique um ambiente protegido.</translation>
    </message>
    <message>
        <source>%1 trusts the repository %2, but package.json names %3.</source>
        <translation>%1 confia no repositório %2, mas o package.json indica %3.</translation>
    </message>
    <message>
        <source>%1 trusts the owner %2, but package.json names %3.</source>
        <translation>%1 confia no proprietário %2, mas o package.json indica %3.</translation>
    </message>
    <message>
        <source>%1 names %2, which the repository does not have: that config cannot publish, or publishes from a file someone may add later. Revoke it or add the file.</source>
        <translation>%1 indica %2, que o repositório não tem: essa configuração não pode publicar, ou publica a partir de um arquivo que alguém pode adicionar depois. Revogue-a ou adicione o arquivo.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrap</name>
    <message>
        <source>First publish of %1; revoke after trusted publishing is set up.</source>
        <translation>Primeira publicação de %1; revogar depois que a publicação confiável for configurada.</translation>
    </message>
    <message>
        <source>limited to %1</source>
        <translation>limitado a %1</translation>
    </message>
    <message>
        <source>for all your packages, because %1 has no scope; it lives one day only</source>
        <translation>para todos os seus pacotes, porque %1 não tem escopo; dura somente um dia</translation>
    </message>
    <message>
        <source>Create a write token for one day, %1, without bypassing two-factor authentication.</source>
        <translation>Criar um token de gravação por um dia, %1, sem ignorar a autenticação de dois fatores.</translation>
    </message>
    <message>
        <source>Publish each package once from this computer with that token (npm publish asks for your one-time password), so the names exist on %1.</source>
        <translation>Publicar cada pacote uma vez a partir deste computador com esse token (o npm publish pede sua senha de uso único), para que os nomes existam em %1.</translation>
    </message>
    <message>
        <source>Configure trusted publishing for the new packages and verify it.</source>
        <translation>Configurar a publicação confiável para os novos pacotes e verificá-la.</translation>
    </message>
    <message>
        <source>Revoke the one-day token at once.</source>
        <translation>Revogar o token de um dia imediatamente.</translation>
    </message>
</context>
<context>
    <name>td::TrustBootstrapPage</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>&amp;Publish for me</source>
        <translation>&amp;Publicar por mim</translation>
    </message>
    <message>
        <source>I will publish once &amp;by hand</source>
        <translation>Vou publicar uma vez &amp;manualmente</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Pa&amp;rar</translation>
    </message>
    <message>
        <source>First publish</source>
        <translation>Primeira publicação</translation>
    </message>
    <message>
        <source>npm can only trust packages that already exist on the registry.</source>
        <translation>O npm só pode confiar em pacotes que já existem no registro.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bootstrap steps</source>
        <translation>Etapas de inicialização</translation>
    </message>
    <message>
        <source>your npm password (the registry asks for it to create a token)</source>
        <translation>sua senha do npm (o registro a pede para criar um token)</translation>
    </message>
    <message>
        <source>npm password</source>
        <translation>Senha do npm</translation>
    </message>
    <message>
        <source>%1 does not exist on the registry yet, and npm accepts a trusted publisher only for an existing package. TokenDesk can publish it once for you, safely: each step below shows its state, and the token is revoked at the end whatever happens.</source>
        <translation>%1 ainda não existe no registro, e o npm só aceita um publicador confiável para um pacote existente. O TokenDesk pode publicá-lo uma vez para você, com segurança: cada etapa abaixo mostra seu estado, e o token é revogado no final aconteça o que acontecer.</translation>
    </message>
    <message>
        <source>Not signed in: TokenDesk cannot publish for you. Publish once by hand, then run this wizard again.</source>
        <translation>Não conectado: o TokenDesk não pode publicar para você. Publique uma vez manualmente e depois execute este assistente novamente.</translation>
    </message>
    <message>
        <source>Type your npm password first: creating a token asks for it.</source>
        <translation>Digite primeiro sua senha do npm: criar um token exige a senha.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <source>Publish each package once yourself, from its folder, signed in with npm login:</source>
        <translation>Publique você mesmo cada pacote uma vez, a partir da pasta dele, conectado com npm login:</translation>
    </message>
    <message>
        <source>Then run this wizard again: it configures trusted publishing for them.</source>
        <translation>Depois execute este assistente novamente: ele configura a publicação confiável para eles.</translation>
    </message>
    <message>
        <source>Stopping; revoking the token…</source>
        <translation>Parando; revogando o token…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Parado: %1</translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message>
        <source>&amp;Lock down: require 2FA and disallow tokens</source>
        <translation>&amp;Bloquear: exigir 2FA e proibir tokens</translation>
    </message>
    <message>
        <source>C&amp;heck the last releases</source>
        <translation>&amp;Verificar as últimas versões</translation>
    </message>
    <message>
        <source>&amp;Clean up publish tokens…</source>
        <translation>&amp;Limpar os tokens de publicação…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Trusted publishing is configured and verified for: %1.</source>
        <translation>A publicação confiável está configurada e verificada para: %1.</translation>
    </message>
    <message>
        <source>Not configured: %1 (see the previous pages).</source>
        <translation>Não configurado: %1 (veja as páginas anteriores).</translation>
    </message>
    <message>
        <source>Not published yet: %1. Publish once, then run this wizard again.</source>
        <translation>Ainda não publicado: %1. Publique uma vez e depois execute este assistente novamente.</translation>
    </message>
    <message>
        <source>Next steps: commit and push %1, then run the workflow. Afterwards, check the last releases, lock the packages down so only trusted publishing can publish, and revoke the publish tokens CI no longer needs.</source>
        <translation>Próximos passos: faça commit e push de %1 e depois execute o fluxo de trabalho. Em seguida, verifique as últimas versões, bloqueie os pacotes para que somente a publicação confiável possa publicar e revogue os tokens de publicação de que a CI não precisa mais.</translation>
    </message>
    <message>
        <source>the CI file</source>
        <translation>o arquivo de CI</translation>
    </message>
    <message>
        <source>Locking down…</source>
        <translation>Bloqueando…</translation>
    </message>
    <message>
        <source>Lock-down finished.</source>
        <translation>Bloqueio concluído.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Lock-down is offered once %1 holds the trusted-publishing workflow: write it on the workflow page, or edit it by hand and run this wizard again.</source>
        <translation>O bloqueio é oferecido quando %1 contém o fluxo de trabalho de publicação confiável: grave-o na página do fluxo de trabalho, ou edite-o manualmente e execute este assistente novamente.</translation>
    </message>
    <message>
        <source>Lock down</source>
        <translation>Bloquear</translation>
    </message>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>Bloquear %n pacote?</numerusform>
            <numerusform>Bloquear %n pacotes?</numerusform>
        </translation>
    </message>
    <message>
        <source>For %1, publishing will require two-factor authentication and the registry will refuse every token, classic or granular: only the trusted-publishing workflow in %2 can publish. CI jobs and computers that still publish with a token will fail. You can undo this in each package&apos;s settings on the registry.</source>
        <translation>Para %1, a publicação exigirá autenticação de dois fatores e o registro recusará todos os tokens, clássicos ou granulares: somente o fluxo de trabalho de publicação confiável em %2 poderá publicar. Trabalhos de CI e computadores que ainda publicam com um token vão falhar. Você pode desfazer isso nas configurações de cada pacote no registro.</translation>
    </message>
    <message>
        <source>&amp;Lock down</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>%1: checking the last release…</source>
        <translation>%1: verificando a última versão…</translation>
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
        <translation>repositório do GitHub</translation>
    </message>
    <message>
        <source>GitLab project</source>
        <translation>projeto do GitLab</translation>
    </message>
    <message>
        <source>Repository in package.json is not a %1 (%2).</source>
        <translation>O repositório no package.json não é um %1 (%2).</translation>
    </message>
    <message>
        <source>Name the %1 with %2.</source>
        <translation>Informe o %1 com %2.</translation>
    </message>
    <message>
        <source>Repository in package.json (%1) differs from provided %2 (%3).</source>
        <translation>O repositório no package.json (%1) é diferente do %2 informado (%3).</translation>
    </message>
    <message>
        <source>%1 must be specified with %2 or inferred from the package.json repository field.</source>
        <translation>É preciso informar o %1 com %2 ou deduzi-lo do campo repository do package.json.</translation>
    </message>
    <message>
        <source>%1 must be specified with %2.</source>
        <translation>É preciso informar o %1 com %2.</translation>
    </message>
</context>
<context>
    <name>td::TrustFolderPage</name>
    <message>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <source>Choose the folder of the repository whose packages CI should publish.</source>
        <translation>Escolha a pasta do repositório cujos pacotes a CI deve publicar.</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Pasta do repositório</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>No publishable package.json was found in this folder.</source>
        <translation>Nenhum package.json publicável foi encontrado nesta pasta.</translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message>
        <source>Packages</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Tick the packages CI should publish through trusted publishing.</source>
        <translation>Marque os pacotes que a CI deve publicar por publicação confiável.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>On the registry</source>
        <translation>No registro</translation>
    </message>
    <message>
        <source>Not signed in: the registry state cannot be read.</source>
        <translation>Não conectado: o estado do registro não pode ser lido.</translation>
    </message>
    <message>
        <source>Reading the registry…</source>
        <translation>Lendo o registro…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Could not read the registry: %1</source>
        <translation>Não foi possível ler o registro: %1</translation>
    </message>
    <message>
        <source>Not published yet: needs a first publish (bootstrap)</source>
        <translation>Ainda não publicado: precisa de uma primeira publicação (inicialização)</translation>
    </message>
    <message>
        <source>Published; no trusted publisher</source>
        <translation>Publicado; nenhum publicador confiável</translation>
    </message>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>Publicado; %n publicador confiável configurado</numerusform>
            <numerusform>Publicado; %n publicadores confiáveis configurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPlanner</name>
    <message>
        <source>The workflow file name is missing.</source>
        <translation>O nome do arquivo de fluxo de trabalho está faltando.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path; npm needs just the file name (for example publish.yml).</source>
        <translation>&quot;%1&quot; é um caminho; o npm precisa apenas do nome do arquivo (por exemplo, publish.yml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must end in .yml or .yaml.</source>
        <translation>&quot;%1&quot; precisa terminar em .yml ou .yaml.</translation>
    </message>
    <message>
        <source>%1 has no &quot;repository&quot; field; npm rejects provenance without a matching repository.url.</source>
        <translation>%1 não tem o campo &quot;repository&quot;; o npm rejeita a procedência sem um repository.url correspondente.</translation>
    </message>
    <message>
        <source>The repository of %1 (&quot;%2&quot;) is not a URL TokenDesk understands.</source>
        <translation>O repositório de %1 (&quot;%2&quot;) não é uma URL que o TokenDesk entenda.</translation>
    </message>
    <message>
        <source>The repository of %1 is %2, but the git remote is %3 (case-sensitive).</source>
        <translation>O repositório de %1 é %2, mas o remoto do git é %3 (diferencia maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>%1 lives in %2 but its repository.directory is &quot;%3&quot;.</source>
        <translation>%1 fica em %2, mas o repository.directory dele é &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The registry could not be read for this package (%1). Go back to the packages page to read it again.</source>
        <translation>Não foi possível ler o registro para este pacote (%1). Volte à página de pacotes para lê-lo novamente.</translation>
    </message>
    <message>
        <source>%1 already has %2 trusted publishers, the most npm allows, and none matches this repository. Remove one first (tokendesk-cli trust list %1, then trust revoke %1 --id &lt;id&gt;).</source>
        <translation>%1 já tem %2 publicadores confiáveis, o máximo permitido pelo npm, e nenhum corresponde a este repositório. Remova um primeiro (tokendesk-cli trust list %1 e depois trust revoke %1 --id &lt;id&gt;).</translation>
    </message>
</context>
<context>
    <name>td::TrustProviderPage</name>
    <message>
        <source>&amp;Stage a publish for approval</source>
        <translation>P&amp;reparar uma publicação para aprovação</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Where CI runs. The details come from the git remote; npm compares them exactly, letter case included.</source>
        <translation>Onde a CI é executada. Os detalhes vêm do remoto do git; o npm os compara exatamente, incluindo maiúsculas e minúsculas.</translation>
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
        <translation>Pro&amp;vedor:</translation>
    </message>
    <message>
        <source>&amp;Repository / project path:</source>
        <translation>Ca&amp;minho do repositório / projeto:</translation>
    </message>
    <message>
        <source>&amp;Workflow / CI file:</source>
        <translation>Arquivo de &amp;fluxo de trabalho / CI:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
    </message>
    <message>
        <source>Allowed actions:</source>
        <translation>Ações permitidas:</translation>
    </message>
    <message>
        <source>Give the path as owner/repository and allow at least one action.</source>
        <translation>Informe o caminho como proprietário/repositório e permita pelo menos uma ação.</translation>
    </message>
    <message>
        <source>Publish &amp;directly (npm publish)</source>
        <translation>Publicar &amp;diretamente (npm publish)</translation>
    </message>
    <message>
        <source>Trusted publishing may still publish directly after npm&apos;s January 2027 cut-off, but every release then goes out without anyone approving it.</source>
        <translation>A publicação confiável ainda pode publicar diretamente após o prazo do npm de janeiro de 2027, mas então cada versão é publicada sem que ninguém a aprove.</translation>
    </message>
</context>
<context>
    <name>td::TrustReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>What Apply will do. The registry asks for your second factor once.</source>
        <translation>O que Aplicar fará. O registro pede seu segundo fator uma vez.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Gravar %1.</translation>
    </message>
    <message>
        <source>%1: create the trusted publisher.</source>
        <translation>%1: criar o publicador confiável.</translation>
    </message>
    <message>
        <source>%1: replace the differing trusted publisher.</source>
        <translation>%1: substituir o publicador confiável divergente.</translation>
    </message>
    <message>
        <source>%1: already configured; nothing to do.</source>
        <translation>%1: já configurado; nada a fazer.</translation>
    </message>
    <message>
        <source>%1: not published yet. npm only trusts existing packages: after Apply, the next page publishes it once (a 1-day token limited to its scope, revoked right after) and then configures trusted publishing.</source>
        <translation>%1: ainda não publicado. O npm só confia em pacotes existentes: depois de Aplicar, a próxima página o publica uma vez (com um token de 1 dia limitado ao escopo dele, revogado logo em seguida) e então configura a publicação confiável.</translation>
    </message>
    <message>
        <source>%1: no room for another trusted publisher; nothing is sent.</source>
        <translation>%1: não há espaço para outro publicador confiável; nada é enviado.</translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Removing the old configuration</source>
        <translation>Removendo a configuração antiga</translation>
    </message>
    <message>
        <source>Creating the trust configuration</source>
        <translation>Criando a configuração de confiança</translation>
    </message>
    <message>
        <source>Rate limited by the registry, waiting</source>
        <translation>Limitado pelo registro, aguardando</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Lendo de volta</translation>
    </message>
    <message>
        <source>Configured and verified</source>
        <translation>Configurado e verificado</translation>
    </message>
    <message>
        <source>The registry holds a different configuration</source>
        <translation>O registro tem uma configuração diferente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Tentando novamente em %n segundo.</numerusform>
            <numerusform>Tentando novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry answered the trusted-publisher request for %1 without the configuration it should send back, so it is not known whether one was created.</source>
        <translation>O registro respondeu à solicitação de publicador confiável para %1 sem a configuração que deveria devolver, então não se sabe se um foi criado.</translation>
    </message>
    <message>
        <source>List the package&apos;s trusted publishers, then try again.</source>
        <translation>Liste os publicadores confiáveis do pacote e tente novamente.</translation>
    </message>
    <message>
        <source>The new trusted publisher of %1 is in place, but the old one (%2) could not be removed: %3</source>
        <translation>O novo publicador confiável de %1 já está configurado, mas não foi possível remover o antigo (%2): %3</translation>
    </message>
    <message>
        <source>Remove it with &apos;tokendesk-cli trust revoke %1 --id %2&apos;.</source>
        <translation>Remova-o com &quot;tokendesk-cli trust revoke %1 --id %2&quot;.</translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 %2 on npm vs %3 in the repository: they differ only in letter case, and npm compares case-sensitively.</source>
        <translation>%1 %2 no npm versus %3 no repositório: diferem apenas em maiúsculas e minúsculas, e o npm as diferencia.</translation>
    </message>
    <message>
        <source>%1 is %2 on npm but the repository needs %3.</source>
        <translation>%1 é %2 no npm, mas o repositório precisa de %3.</translation>
    </message>
    <message>
        <source>%1: no trusted publisher of this kind is configured on npm.</source>
        <translation>%1: nenhum publicador confiável deste tipo está configurado no npm.</translation>
    </message>
    <message>
        <source>%1: the trusted publisher matches the repository.</source>
        <translation>%1: o publicador confiável corresponde ao repositório.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1: %n campo difere do repositório.</numerusform>
            <numerusform>%1: %n campos diferem do repositório.</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>proprietário</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>repositório</translation>
    </message>
    <message>
        <source>workflow file</source>
        <translation>arquivo de fluxo de trabalho</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projeto</translation>
    </message>
    <message>
        <source>CI file</source>
        <translation>arquivo de CI</translation>
    </message>
    <message>
        <source>organization ID</source>
        <translation>ID da organização</translation>
    </message>
    <message>
        <source>project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>pipeline definition ID</source>
        <translation>ID da definição do pipeline</translation>
    </message>
    <message>
        <source>VCS origin</source>
        <translation>origem do VCS</translation>
    </message>
    <message>
        <source>context IDs</source>
        <translation>IDs de contexto</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>allowed actions</source>
        <translation>ações permitidas</translation>
    </message>
    <message>
        <source>allowed actions on npm are %1, but the workflow needs %2.</source>
        <translation>as ações permitidas no npm são %1, mas o fluxo de trabalho precisa de %2.</translation>
    </message>
    <message>
        <source>No published version to check.</source>
        <translation>Nenhuma versão publicada para verificar.</translation>
    </message>
    <message>
        <source>%1 was published via trusted publishing.</source>
        <translation>%1 foi publicado por publicação confiável.</translation>
    </message>
    <message>
        <source>%1 has provenance but was published with a token, not via trusted publishing: the OIDC exchange failed and npm fell back to a configured token.</source>
        <translation>%1 tem procedência, mas foi publicado com um token, não por publicação confiável: a troca OIDC falhou e o npm recorreu a um token configurado.</translation>
    </message>
    <message>
        <source>%1 came from a token or a manual publish, not from trusted publishing.</source>
        <translation>%1 veio de um token ou de uma publicação manual, não da publicação confiável.</translation>
    </message>
</context>
<context>
    <name>td::TrustWizard</name>
    <message>
        <source>Set up trusted publishing</source>
        <translation>Configurar a publicação confiável</translation>
    </message>
</context>
<context>
    <name>td::TrustWorkflowPage</name>
    <message>
        <source>&amp;Write this change when applying</source>
        <translation>&amp;Gravar esta alteração ao aplicar</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
    <message>
        <source>The CI change trusted publishing needs. Nothing is written before Apply.</source>
        <translation>A alteração na CI de que a publicação confiável precisa. Nada é gravado antes de Aplicar.</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Alteração proposta</translation>
    </message>
    <message>
        <source>%1 already has what trusted publishing needs.</source>
        <translation>%1 já tem o que a publicação confiável precisa.</translation>
    </message>
    <message>
        <source>New file %1.</source>
        <translation>Novo arquivo %1.</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Alterações em %1:</translation>
    </message>
</context>
<context>
    <name>td::TwoFactorDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>Código de 6 dígitos do seu autenticador</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Códi&amp;go:</translation>
    </message>
    <message>
        <source>Waiting for approval…</source>
        <translation>Aguardando aprovação…</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Aguardando aprovação</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Open page again</source>
        <translation>&amp;Abrir a página novamente</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticação de dois fatores</translation>
    </message>
    <message>
        <source>Enter the one-time password from your authenticator app.</source>
        <translation>Digite a senha de uso único do seu aplicativo autenticador.</translation>
    </message>
    <message>
        <source>Sign in in your browser</source>
        <translation>Entre no seu navegador</translation>
    </message>
    <message>
        <source>Approve in your browser</source>
        <translation>Aprove no seu navegador</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in page has opened in your browser. Sign in there; TokenDesk continues by itself.</source>
        <translation>A página de login do registro foi aberta no seu navegador. Entre por lá; o TokenDesk continua sozinho.</translation>
    </message>
    <message>
        <source>The registry&apos;s approval page has opened in your browser. Approve there; TokenDesk continues by itself.</source>
        <translation>A página de aprovação do registro foi aberta no seu navegador. Aprove por lá; o TokenDesk continua sozinho.</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Marque &quot;Skip two-factor authentication for the next 5 minutes&quot; nessa página: assim esta única aprovação cobre todas as alterações deste lote.</translation>
    </message>
    <message>
        <source>If no page opened, visit: %1</source>
        <translation>Se nenhuma página abriu, acesse: %1</translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Co&amp;piar endereço</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and sign in there; TokenDesk continues by itself.</source>
        <translation>Não foi possível abrir nenhum navegador da web. Abra este endereço no seu navegador e entre lá; o TokenDesk continua sozinho.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open this address in your browser and approve there; TokenDesk continues by itself.</source>
        <translation>Não foi possível abrir nenhum navegador da web. Abra este endereço no seu navegador e aprove lá; o TokenDesk continua sozinho.</translation>
    </message>
</context>
<context>
    <name>td::UseTokenChoices</name>
    <message>
        <source>Choose an .npmrc file.</source>
        <translation>Escolha um arquivo .npmrc.</translation>
    </message>
    <message>
        <source>There is no token to write.</source>
        <translation>Não há nenhum token para gravar.</translation>
    </message>
    <message>
        <source>The token line could not be added to %1.</source>
        <translation>Não foi possível adicionar a linha do token a %1.</translation>
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
        <translation>Com que frequência a vigilância lê cada um dos seus pacotes no registro. Nunca menos de 5 minutos.</translation>
    </message>
    <message>
        <source>&amp;Check each package every:</source>
        <translation>&amp;Verificar cada pacote a cada:</translation>
    </message>
    <message>
        <source>Request budget per hour</source>
        <translation>Orçamento de solicitações por hora</translation>
    </message>
    <message>
        <source>Request budget per hour:</source>
        <translation>Orçamento de solicitações por hora:</translation>
    </message>
    <message>
        <source>&amp;Packages that go unwatched:</source>
        <translation>Pacotes &amp;não vigiados:</translation>
    </message>
    <message>
        <source>Packages that go unwatched</source>
        <translation>Pacotes não vigiados</translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n pacote vigiado.</numerusform>
            <numerusform>%n pacotes vigiados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>Previsto: %n solicitação por hora.</numerusform>
            <numerusform>Previsto: %n solicitações por hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>Última hora: %n solicitação, %1 recebidos.</numerusform>
            <numerusform>Última hora: %n solicitações, %1 recebidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry asked to wait: backing off until %1.</source>
        <translation>O registro pediu para esperar: pausando as solicitações até %1.</translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>A vigilância nunca lê um pacote em intervalos menores que %n minuto (o tempo de cache do registro): usará %n.</numerusform>
            <numerusform>A vigilância nunca lê um pacote em intervalos menores que %n minutos (o tempo de cache do registro): usará %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The publish watch is not running.</source>
        <translation>A vigilância de publicações não está em execução.</translation>
    </message>
    <message>
        <source>None: every package is watched.</source>
        <translation>Nenhum: todos os pacotes são vigiados.</translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message>
        <source>Waiting for the browser approval was cancelled.</source>
        <translation>A espera pela aprovação no navegador foi cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>A aprovação no navegador não chegou em %n minuto.</numerusform>
            <numerusform>A aprovação no navegador não chegou em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again and approve the request in the browser.</source>
        <translation>Comece novamente e aprove a solicitação no navegador.</translation>
    </message>
    <message>
        <source>The browser approval was denied, or expired before it was completed.</source>
        <translation>A aprovação no navegador foi negada ou expirou antes de ser concluída.</translation>
    </message>
    <message>
        <source>The registry gave an unexpected answer (HTTP %1) while waiting for the browser approval.</source>
        <translation>O registro deu uma resposta inesperada (HTTP %1) enquanto aguardava a aprovação no navegador.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowInspector</name>
    <message>
        <source>%1 is not valid YAML: %2</source>
        <translation>%1 não é um YAML válido: %2</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; runs without a context in every workflow that uses it. CircleCI issues OIDC tokens only to jobs that run with at least one context.</source>
        <translation>O trabalho &quot;%1&quot; é executado sem contexto em todos os fluxos de trabalho que o usam. O CircleCI só emite tokens OIDC para trabalhos executados com pelo menos um contexto.</translation>
    </message>
    <message>
        <source>In the workflow, add a context to the job, for example:
  - %1:
      context: npm-publish</source>
        <translation>No fluxo de trabalho, adicione um contexto ao trabalho, por exemplo:
  - %1:
      context: npm-publish</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but never sets NPM_ID_TOKEN with the npm audience, so npm has no OIDC token.</source>
        <translation>O trabalho &quot;%1&quot; publica, mas nunca define NPM_ID_TOKEN com o público do npm, então o npm não tem token OIDC.</translation>
    </message>
    <message>
        <source>Before publishing, run:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</source>
        <translation>Antes de publicar, execute:
  echo &quot;export NPM_ID_TOKEN=$(circleci run oidc get --claims &apos;{\&quot;aud\&quot;: \&quot;npm:registry.npmjs.org\&quot;}&apos;)&quot; &gt;&gt; &quot;$BASH_ENV&quot;</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but does not have the permission &quot;id-token: write&quot;, so npm cannot get an OIDC token and falls back to ENEEDAUTH or E404.</source>
        <translation>O trabalho &quot;%1&quot; publica, mas não tem a permissão &quot;id-token: write&quot;, então o npm não consegue obter um token OIDC e recorre a ENEEDAUTH ou E404.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</source>
        <translation>Adicione ao trabalho &quot;%1&quot;:
  permissions:
    contents: read
    id-token: write</translation>
    </message>
    <message>
        <source>actions/setup-node with registry-url writes an .npmrc that reads NODE_AUTH_TOKEN; when it is not set the token is the placeholder XXXXX-XXXXX-XXXXX-XXXXX, and npm sends that instead of using trusted publishing (a masked E404).</source>
        <translation>actions/setup-node com registry-url grava um .npmrc que lê NODE_AUTH_TOKEN; quando ela não está definida, o token é o marcador de posição XXXXX-XXXXX-XXXXX-XXXXX, e o npm o envia em vez de usar a publicação confiável (um E404 mascarado).</translation>
    </message>
    <message>
        <source>Remove the registry-url line from the setup-node step.</source>
        <translation>Remova a linha registry-url da etapa setup-node.</translation>
    </message>
    <message>
        <source>Add to job &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</source>
        <translation>Adicione ao trabalho &quot;%1&quot;:
  id_tokens:
    NPM_ID_TOKEN:
      aud: &quot;npm:registry.npmjs.org&quot;
    SIGSTORE_ID_TOKEN:
      aud: sigstore</translation>
    </message>
    <message>
        <source>NPM_ID_TOKEN in job &quot;%1&quot; does not have the audience &quot;npm:registry.npmjs.org&quot;, so the registry refuses it.</source>
        <translation>NPM_ID_TOKEN no trabalho &quot;%1&quot; não tem o público &quot;npm:registry.npmjs.org&quot;, então o registro o recusa.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; requests an npm id token as %2, but npm only reads NPM_ID_TOKEN.</source>
        <translation>O trabalho &quot;%1&quot; solicita um token de ID do npm como %2, mas o npm só lê NPM_ID_TOKEN.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; publishes but declares no NPM_ID_TOKEN in id_tokens, so npm has no OIDC token and fails with ENEEDAUTH or E404.</source>
        <translation>O trabalho &quot;%1&quot; publica, mas não declara NPM_ID_TOKEN em id_tokens, então o npm não tem token OIDC e falha com ENEEDAUTH ou E404.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; declares no SIGSTORE_ID_TOKEN (audience &quot;sigstore&quot;), so no provenance is published.</source>
        <translation>O trabalho &quot;%1&quot; não declara SIGSTORE_ID_TOKEN (público &quot;sigstore&quot;), então nenhuma procedência é publicada.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; calls the publishing workflow %2 without granting &quot;id-token: write&quot;; a called workflow cannot have more permissions than its caller.</source>
        <translation>O trabalho &quot;%1&quot; chama o fluxo de trabalho de publicação %2 sem conceder &quot;id-token: write&quot;; um fluxo de trabalho chamado não pode ter mais permissões do que quem o chama.</translation>
    </message>
    <message>
        <source>%1 is a reusable workflow. npm checks the name of the calling workflow, so the trusted publisher must name %2, not %1.</source>
        <translation>%1 é um fluxo de trabalho reutilizável. O npm verifica o nome do fluxo de trabalho que faz a chamada, então o publicador confiável precisa citar %2, não %1.</translation>
    </message>
    <message>
        <source>Use %1 as the workflow file name in the trust configuration.</source>
        <translation>Use %1 como nome do arquivo de fluxo de trabalho na configuração de confiança.</translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message>
        <source>Added a setup-node step with Node 24 to job &quot;%1&quot;</source>
        <translation>Adicionada uma etapa setup-node com Node 24 ao trabalho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Added &quot;npm install -g npm@latest&quot; before publishing in job &quot;%1&quot;</source>
        <translation>Adicionado &quot;npm install -g npm@latest&quot; antes da publicação no trabalho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Replaced npm@%1 with npm@latest in job &quot;%2&quot;</source>
        <translation>npm@%1 substituído por npm@latest no trabalho &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Granted &quot;id-token: write&quot; to job &quot;%1&quot;</source>
        <translation>Concedido &quot;id-token: write&quot; ao trabalho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set Node 24 in job &quot;%1&quot;</source>
        <translation>Node 24 definido no trabalho &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Removed registry-url from setup-node in job &quot;%1&quot; (its placeholder token hides trusted publishing)</source>
        <translation>registry-url removido do setup-node no trabalho &quot;%1&quot; (o token de marcador de posição dele esconde a publicação confiável)</translation>
    </message>
    <message>
        <source>Changed Node %1 to 24 in job &quot;%2&quot;</source>
        <translation>Node %1 alterado para 24 no trabalho &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Removed %1 from job &quot;%2&quot;</source>
        <translation>%1 removido do trabalho &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Check its quoting and indentation, or make the changes by hand.</source>
        <translation>%1 não pode ser alterado com segurança: depois das edições ele deixaria de ser um YAML válido, então nada foi alterado. Verifique as aspas e a indentação dele, ou faça as alterações manualmente.</translation>
    </message>
    <message>
        <source>New workflow %1 that publishes through trusted publishing</source>
        <translation>Novo fluxo de trabalho %1 que publica por publicação confiável</translation>
    </message>
    <message>
        <source>Added job publish-npm with NPM_ID_TOKEN to %1</source>
        <translation>Adicionado o trabalho publish-npm com NPM_ID_TOKEN a %1</translation>
    </message>
    <message>
        <source>%1 changed since the proposal was made; nothing was written.</source>
        <translation>%1 foi alterado desde que a proposta foi feita; nada foi gravado.</translation>
    </message>
    <message>
        <source>Review the proposal again.</source>
        <translation>Revise a proposta novamente.</translation>
    </message>
    <message>
        <source>@semantic-release/npm publishes directly and cannot stage: set npmPublish to false and add a step that runs npm stage publish after it.</source>
        <translation>@semantic-release/npm publica diretamente e não pode preparar: defina npmPublish como false e adicione uma etapa que execute npm stage publish depois dele.</translation>
    </message>
    <message>
        <source>changeset publish runs a direct publish and cannot stage: let it version the packages, then run npm stage publish in each changed package.</source>
        <translation>changeset publish faz uma publicação direta e não pode preparar: deixe-o definir as versões dos pacotes e depois execute npm stage publish em cada pacote alterado.</translation>
    </message>
    <message>
        <source>lerna publish cannot stage: run lerna version, then npm stage publish in each changed package.</source>
        <translation>lerna publish não pode preparar: execute lerna version e depois npm stage publish em cada pacote alterado.</translation>
    </message>
    <message>
        <source>%1 has no staged publish: run npm stage publish in each package folder instead (it publishes the same package.json).</source>
        <translation>%1 não tem publicação preparada: em vez disso, execute npm stage publish em cada pasta de pacote (ele publica o mesmo package.json).</translation>
    </message>
    <message>
        <source>Line %1 publishes with %2, which cannot stage a release, so TokenDesk left it unchanged.</source>
        <translation>A linha %1 publica com %2, que não pode preparar uma versão, então o TokenDesk a deixou inalterada.</translation>
    </message>
    <message>
        <source>Line %1 publishes through npm in a form TokenDesk does not rewrite.</source>
        <translation>A linha %1 publica por meio do npm de uma forma que o TokenDesk não reescreve.</translation>
    </message>
    <message>
        <source>Change it to npm stage publish by hand (for a package script, in package.json).</source>
        <translation>Altere-a para npm stage publish manualmente (no package.json, se for um script do pacote).</translation>
    </message>
    <message>
        <source>%1 cannot be changed safely: after the edits it would no longer be valid YAML, so nothing was changed. Change npm publish to npm stage publish by hand.</source>
        <translation>%1 não pode ser alterado com segurança: após as edições, não seria mais um YAML válido, então nada foi alterado. Altere npm publish para npm stage publish manualmente.</translation>
    </message>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>npm publish foi alterado para npm stage publish em %n linha (%1): as versões aguardam a aprovação de um mantenedor com autenticação de dois fatores.</numerusform>
            <numerusform>npm publish foi alterado para npm stage publish em %n linhas (%1): as versões aguardam a aprovação de um mantenedor com autenticação de dois fatores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::ArgReader</name>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the options.</source>
        <translation>opção desconhecida &quot;%1&quot;. Execute &apos;tokendesk-cli --help&apos; para ver as opções.</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos;. Run &apos;tokendesk-cli %1 --help&apos; for its options.</source>
        <translation>%1: opção desconhecida &quot;%2&quot;. Execute &apos;tokendesk-cli %1 --help&apos; para ver as opções dele.</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 não aceita valor</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 precisa de um valor</translation>
    </message>
</context>
<context>
    <name>td::cli::CiCommand</name>
    <message>
        <source>sign in to GitHub, GitLab or CircleCI so rotation updates their secrets</source>
        <translation>entrar no GitHub, GitLab ou CircleCI para que a rotação atualize os segredos deles</translation>
    </message>
    <message>
        <source>ci needs a subcommand: login, status, logout</source>
        <translation>ci precisa de um subcomando: login, status, logout</translation>
    </message>
    <message>
        <source>unknown ci subcommand &apos;%1&apos; (known: login, status, logout)</source>
        <translation>subcomando de ci desconhecido &quot;%1&quot; (conhecidos: login, status, logout)</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLoginCommand</name>
    <message>
        <source>ci login needs the service: github, gitlab or circleci</source>
        <translation>ci login precisa do serviço: github, gitlab ou circleci</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an API URL; use the form https://host/path</source>
        <translation>&quot;%1&quot; não é uma URL de API; use o formato https://host/path</translation>
    </message>
    <message>
        <source>--from-gh reuses the GitHub CLI&apos;s sign-in; it works for github only</source>
        <translation>--from-gh reutiliza o login da CLI do GitHub; só funciona com github</translation>
    </message>
    <message>
        <source>tokens are never taken from arguments; pipe it and use --with-token</source>
        <translation>tokens nunca são lidos de argumentos; envie-o por pipe e use --with-token</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for ci login</source>
        <translation>opção desconhecida &quot;%1&quot; para ci login</translation>
    </message>
    <message>
        <source>CircleCI has no sign-in for other apps: create a personal API token in CircleCI (User Settings &gt; Personal API Tokens), then pipe it: tokendesk-cli ci login circleci --with-token</source>
        <translation>O CircleCI não oferece login para outros aplicativos: crie um token de API pessoal no CircleCI (User Settings &gt; Personal API Tokens) e depois envie-o por pipe: tokendesk-cli ci login circleci --with-token</translation>
    </message>
    <message>
        <source>no %1 token was given; pipe it on standard input</source>
        <translation>nenhum token do %1 foi informado; envie-o pela entrada padrão</translation>
    </message>
    <message>
        <source>this build cannot talk to %1 yet</source>
        <translation>esta versão ainda não consegue se comunicar com %1</translation>
    </message>
    <message>
        <source>%1 did not accept the token: %2</source>
        <translation>%1 não aceitou o token: %2</translation>
    </message>
    <message>
        <source>Signed in to %1 (%2) as %3.</source>
        <translation>Conectado a %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>the GitHub CLI (gh) was not found; install it and run &apos;gh auth login&apos;, or pipe a token with --with-token</source>
        <translation>a CLI do GitHub (gh) não foi encontrada; instale-a e execute &quot;gh auth login&quot;, ou envie um token por pipe com --with-token</translation>
    </message>
    <message>
        <source>&apos;gh auth token&apos; failed (is gh signed in? run &apos;gh auth login&apos;), or pipe a token with --with-token</source>
        <translation>&quot;gh auth token&quot; falhou (o gh está conectado? execute &quot;gh auth login&quot;), ou envie um token por pipe com --with-token</translation>
    </message>
    <message>
        <source>Using the GitHub CLI&apos;s sign-in. Its default scopes cover repository and environment secrets; for organization secrets run &apos;gh auth refresh -s admin:org&apos; first.</source>
        <translation>Usando o login da CLI do GitHub. Os escopos padrão dele cobrem segredos de repositório e de ambiente; para segredos de organização, execute antes &quot;gh auth refresh -s admin:org&quot;.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2</source>
        <translation>Abra %1 e digite o código %2</translation>
    </message>
    <message>
        <source>Waiting for the approval...</source>
        <translation>Aguardando aprovação...</translation>
    </message>
</context>
<context>
    <name>td::cli::CiLogoutCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci logout</source>
        <translation>opção desconhecida &quot;%1&quot; para ci logout</translation>
    </message>
    <message>
        <source>ci logout needs the service: github, gitlab or circleci</source>
        <translation>ci logout precisa do serviço: github, gitlab ou circleci</translation>
    </message>
    <message>
        <source>not signed in to %1 for %2</source>
        <translation>você não está conectado a %1 para %2</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2); its credential is gone from the keychain.</source>
        <translation>Desconectado de %1 (%2); a credencial foi removida do chaveiro.</translation>
    </message>
</context>
<context>
    <name>td::cli::CiStatusCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for ci status</source>
        <translation>opção desconhecida &quot;%1&quot; para ci status</translation>
    </message>
    <message>
        <source>No CI service signed in: tokendesk-cli ci login github|gitlab|circleci</source>
        <translation>Nenhum serviço de CI conectado: tokendesk-cli ci login github|gitlab|circleci</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVIÇO</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SIGNED IN AS</source>
        <translation>CONECTADO COMO</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>CI SECRET</source>
        <translation>SEGREDO DE CI</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ATUALIZADO</translation>
    </message>
    <message>
        <source>HOLDS</source>
        <translation>CONTÉM</translation>
    </message>
    <message>
        <source>(not told)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>observação: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::Cli</name>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600, for example --timeout 120</source>
        <translation>--timeout precisa de um número de segundos de 1 a 3600, por exemplo --timeout 120</translation>
    </message>
    <message>
        <source>--registry needs a URL, for example --registry https://registry.npmjs.org/</source>
        <translation>--registry precisa de uma URL, por exemplo --registry https://registry.npmjs.org/</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a registry URL; use the form https://host/</source>
        <translation>&quot;%1&quot; não é uma URL de registro; use a forma https://host/</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. Run &apos;tokendesk-cli --help&apos; for the list of commands.</source>
        <translation>comando desconhecido &quot;%1&quot;. Execute &quot;tokendesk-cli --help&quot; para ver a lista de comandos.</translation>
    </message>
    <message>
        <source>Manage npm access tokens, sessions and trusted publishing from a terminal.</source>
        <translation>Gerencie tokens de acesso, sessões e publicação confiável do npm a partir de um terminal.</translation>
    </message>
    <message>
        <source>give up on a registry request after this long (default 60)</source>
        <translation>desistir de uma solicitação ao registro após este tempo (padrão: 60)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>saída legível por máquina</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar a versão</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>(none yet in this build)</source>
        <translation>(nenhum ainda nesta compilação)</translation>
    </message>
    <message>
        <source>Secrets are read from standard input (--password-stdin), never from arguments.</source>
        <translation>Segredos são lidos da entrada padrão (--password-stdin), nunca dos argumentos.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli &lt;command&gt; [options]</source>
        <translation>Uso: tokendesk-cli &lt;command&gt; [opções]</translation>
    </message>
    <message>
        <source>Global options (before or after the command, as with npm):</source>
        <translation>Opções globais (antes ou depois do comando, como no npm):</translation>
    </message>
    <message>
        <source>registry to talk to (default: the one npm is configured with: npm_config_registry, the project&apos;s .npmrc, the user&apos;s, the global npmrc; else https://registry.npmjs.org/)</source>
        <translation>registro com o qual se comunicar (padrão: o configurado no npm: npm_config_registry, o .npmrc do projeto, o do usuário, o npmrc global; senão, https://registry.npmjs.org/)</translation>
    </message>
    <message>
        <source>npm&apos;s user configuration file instead of ~/.npmrc</source>
        <translation>arquivo de configuração de usuário do npm em vez de ~/.npmrc</translation>
    </message>
    <message>
        <source>show this help, or a command&apos;s</source>
        <translation>mostra esta ajuda, ou a de um comando</translation>
    </message>
</context>
<context>
    <name>td::cli::CliContext</name>
    <message>
        <source>&apos;%1&apos; is not a registry URL (%2 in %3); use the form https://host/</source>
        <translation>&quot;%1&quot; não é uma URL de registro (%2 em %3); use o formato https://host/</translation>
    </message>
</context>
<context>
    <name>td::cli::CompletionIdsCommand</name>
    <message>
        <source>token ids from the local cache, for shell completion (no network)</source>
        <translation>ids de token do cache local, para o preenchimento automático do shell (sem rede)</translation>
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
        <translation>explicar o log de uma publicação de CI que falhou: causas prováveis e correções (diagnose &lt;file|-&gt;)</translation>
    </message>
    <message>
        <source>diagnose takes one argument: a log file, or - to read standard input</source>
        <translation>diagnose recebe um argumento: um arquivo de log, ou - para ler a entrada padrão</translation>
    </message>
    <message>
        <source>(log line %1)</source>
        <translation>(linha %1 do log)</translation>
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
        <translation>encontrar todos os tokens do npm neste computador e verificá-los</translation>
    </message>
    <message>
        <source>doctor: unknown argument &apos;%1&apos;</source>
        <translation>doctor: argumento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>doctor: the project folder %1 does not exist</source>
        <translation>doctor: a pasta de projeto %1 não existe</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>LOCAL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MATCH</source>
        <translation>CORRESPONDÊNCIA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRA</translation>
    </message>
    <message>
        <source>No npm credentials found.</source>
        <translation>Nenhuma credencial do npm encontrada.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>%n token em uso precisa de atenção (clássico, inutilizável ou prestes a expirar). Execute &quot;tokendesk-cli migrate&quot; para ver o plano.</numerusform>
            <numerusform>%n tokens em uso precisam de atenção (clássicos, inutilizáveis ou prestes a expirar). Execute &quot;tokendesk-cli migrate&quot; para ver o plano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::LockdownCommand</name>
    <message>
        <source>respond to a compromised release: check this machine, then require 2FA, revoke tokens, move tags back and deprecate</source>
        <translation>responder a uma versão comprometida: verificar esta máquina e depois exigir 2FA, revogar tokens, mover as tags de volta e marcar como obsoleta</translation>
    </message>
    <message>
        <source>lockdown needs a package, for example: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</source>
        <translation>lockdown precisa de um pacote, por exemplo: tokendesk-cli lockdown @acme/ui --bad 1.1.1 --dry-run</translation>
    </message>
    <message>
        <source>--skip: unknown step &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</source>
        <translation>--skip: etapa desconhecida &apos;%1&apos; (require-2fa, revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate, unpublish)</translation>
    </message>
    <message>
        <source>lockdown: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>lockdown: não é possível ler os dados de confiança %1 (um arquivo trusted_root.json de no máximo 4 MiB)</translation>
    </message>
    <message>
        <source>Lockdown plan:</source>
        <translation>Plano de bloqueio:</translation>
    </message>
    <message>
        <source>Nothing to change: no ticked step applies.</source>
        <translation>Nada a alterar: nenhuma etapa marcada se aplica.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulação: nada foi alterado.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>Stopped before any change: this machine has a worm&apos;s persistence. A watchdog may wipe your home folder when the stolen token stops working, so disarm it first, then run the lockdown again.</source>
        <translation>Interrompido antes de qualquer alteração: esta máquina tem vestígios de worm. Um watchdog pode apagar a sua pasta pessoal quando o token roubado parar de funcionar; por isso, desarme-o primeiro e depois execute o bloqueio novamente.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the incident report could not be written to %1: %2</source>
        <translation>tokendesk-cli: não foi possível gravar o relatório de incidente em %1: %2</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Relatório de incidente: %1</translation>
    </message>
    <message>
        <source>Report the malware to npm: %1</source>
        <translation>Denuncie o malware ao npm: %1</translation>
    </message>
    <message>
        <source>--resume carries on the unfinished lockdown: give no package</source>
        <translation>--resume retoma o bloqueio inacabado: não informe nenhum pacote</translation>
    </message>
    <message>
        <source>there is no unfinished lockdown to resume</source>
        <translation>não há nenhum bloqueio inacabado para retomar</translation>
    </message>
    <message>
        <source>Note: an earlier lockdown (%1) stopped before it finished. This one plans afresh from the registry&apos;s state; &apos;tokendesk-cli lockdown --resume&apos; would carry on the earlier plan instead.</source>
        <translation>Observação: um bloqueio anterior (%1) parou antes de terminar. Este planeja do zero a partir do estado do registro; &apos;tokendesk-cli lockdown --resume&apos; retomaria o plano anterior em vez disso.</translation>
    </message>
    <message>
        <source>tokendesk-cli: the lockdown stopped at a failed step; the steps after it were not run. Run &apos;tokendesk-cli lockdown --resume&apos; to retry it and carry on.</source>
        <translation>tokendesk-cli: o bloqueio parou em uma etapa que falhou; as etapas seguintes não foram executadas. Execute &apos;tokendesk-cli lockdown --resume&apos; para tentar de novo e continuar.</translation>
    </message>
</context>
<context>
    <name>td::cli::Login</name>
    <message>
        <source>This operation requires a one-time password, and there is no terminal to ask for it.</source>
        <translation>Esta operação exige uma senha de uso único, e não há terminal para pedi-la.</translation>
    </message>
    <message>
        <source>Run it again with --otp CODE.</source>
        <translation>Execute-a novamente com --otp CODE.</translation>
    </message>
    <message>
        <source>Enter OTP: </source>
        <translation>Digite o código OTP: </translation>
    </message>
    <message>
        <source>No one-time password was entered.</source>
        <translation>Nenhuma senha de uso único foi digitada.</translation>
    </message>
    <message>
        <source>Open this page to sign in:</source>
        <translation>Abra esta página para entrar:</translation>
    </message>
    <message>
        <source>Approve this operation in your browser:</source>
        <translation>Aprove esta operação no seu navegador:</translation>
    </message>
    <message>
        <source>Waiting for the approval… (Ctrl+C to cancel)</source>
        <translation>Aguardando aprovação… (Ctrl+C para cancelar)</translation>
    </message>
    <message>
        <source>Tick &quot;Skip two-factor authentication for the next 5 minutes&quot; on that page: then this one approval covers every change in this batch.</source>
        <translation>Marque &quot;Skip two-factor authentication for the next 5 minutes&quot; nessa página: assim esta única aprovação cobre todas as alterações deste lote.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginCommand</name>
    <message>
        <source>sign in to the registry (browser, or user name and password)</source>
        <translation>entrar no registro (navegador, ou nome de usuário e senha)</translation>
    </message>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>senhas nunca são obtidas dos argumentos; envie-a por um pipe e use --password-stdin</translation>
    </message>
    <message>
        <source>login: unknown option &apos;%1&apos;</source>
        <translation>login: opção desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type precisa ser &quot;web&quot; ou &quot;legacy&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>legacy sign-in needs --username NAME and the password on stdin (--password-stdin)</source>
        <translation>o login legacy precisa de --username NAME e da senha na stdin (--password-stdin)</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; %3.</source>
        <translation>Conectado a %1 como %2; %3.</translation>
    </message>
</context>
<context>
    <name>td::cli::LoginServices</name>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Você não está conectado a %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; first.</source>
        <translation>Execute &quot;tokendesk-cli login&quot; primeiro.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli login&apos; to sign in again.</source>
        <translation>Execute &quot;tokendesk-cli login&quot; para entrar novamente.</translation>
    </message>
</context>
<context>
    <name>td::cli::LogoutCommand</name>
    <message>
        <source>end the session and remove it from the keychain</source>
        <translation>encerrar a sessão e removê-la do chaveiro</translation>
    </message>
    <message>
        <source>logout takes no arguments</source>
        <translation>logout não recebe argumentos</translation>
    </message>
    <message>
        <source>Signed out of %1 (%2).</source>
        <translation>Desconectado de %1 (%2).</translation>
    </message>
</context>
<context>
    <name>td::cli::Migrate</name>
    <message>
        <source>passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>senhas nunca são obtidas dos argumentos; envie-a por um pipe e use --password-stdin</translation>
    </message>
    <message>
        <source>--grace takes the minutes to keep the old token after the CI secrets were updated, for example --grace 10 (0 allowed)</source>
        <translation>--grace recebe os minutos durante os quais o token antigo é mantido após a atualização dos segredos de CI, por exemplo --grace 10 (0 é permitido)</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateCommand</name>
    <message>
        <source>there is no migration waiting for a confirmation</source>
        <translation>não há nenhuma migração aguardando uma confirmação</translation>
    </message>
    <message>
        <source>no row of the last migration waits for a confirmation</source>
        <translation>nenhuma linha da última migração aguarda uma confirmação</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a row waiting for a confirmation (waiting: %2)</source>
        <translation>&quot;%1&quot; não é uma linha aguardando uma confirmação (aguardando: %2)</translation>
    </message>
    <message>
        <source>plan (or --apply) the move off classic and long-lived tokens</source>
        <translation>planejar (ou aplicar com --apply) o abandono dos tokens clássicos e de longa duração</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LINHA</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>USED IN</source>
        <translation>USADO EM</translation>
    </message>
    <message>
        <source>revoke pending: retry</source>
        <translation>revogação pendente: tentar novamente</translation>
    </message>
    <message>
        <source>row %1: %2 — choices: %3</source>
        <translation>linha %1: %2 — opções: %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>observação: %1</translation>
    </message>
    <message>
        <source>No tokens in use: nothing to migrate.</source>
        <translation>Nenhum token em uso: nada a migrar.</translation>
    </message>
    <message>
        <source>No tokens in use in the files TokenDesk could read; fix the warnings above and run the plan again.</source>
        <translation>Nenhum token em uso nos arquivos que o TokenDesk conseguiu ler; corrija os avisos acima e execute o plano novamente.</translation>
    </message>
    <message>
        <source>--choose takes ROW=ACTION, for example 2=create-read-only</source>
        <translation>--choose recebe LINHA=AÇÃO, por exemplo 2=create-read-only</translation>
    </message>
    <message>
        <source>migrate: unknown argument &apos;%1&apos;</source>
        <translation>migrate: argumento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no interrupted migration to resume or roll back</source>
        <translation>não há nenhuma migração interrompida para retomar ou reverter</translation>
    </message>
    <message>
        <source>there is nothing to roll back: the new tokens are verified and in use; run &apos;tokendesk-cli migrate --resume&apos; to retry revoking the old ones</source>
        <translation>não há nada para reverter: os novos tokens estão verificados e em uso; execute &quot;tokendesk-cli migrate --resume&quot; para tentar revogar os antigos novamente</translation>
    </message>
    <message>
        <source>an interrupted migration was found (%1); run &apos;tokendesk-cli migrate --resume&apos; to finish it or &apos;tokendesk-cli migrate --rollback&apos; to undo it</source>
        <translation>foi encontrada uma migração interrompida (%1); execute &quot;tokendesk-cli migrate --resume&quot; para concluí-la ou &quot;tokendesk-cli migrate --rollback&quot; para desfazê-la</translation>
    </message>
    <message>
        <source>row %1 cannot be &apos;%2&apos;</source>
        <translation>a linha %1 não pode ser &quot;%2&quot;</translation>
    </message>
    <message>
        <source>creating the replacement tokens needs your npm password; pipe it and use --password-stdin</source>
        <translation>criar os tokens substitutos exige sua senha do npm; envie-a por um pipe e use --password-stdin</translation>
    </message>
    <message>
        <source>--to takes &apos;stage-only&apos; (replace every direct-publish token in use by a stage-only token)</source>
        <translation>--to aceita &quot;stage-only&quot; (substituir cada token de publicação direta em uso por um token somente de preparação)</translation>
    </message>
    <message>
        <source>no direct-publish token is in use here: nothing to move to a stage-only token</source>
        <translation>nenhum token de publicação direta está em uso aqui: nada a passar para um token somente de preparação</translation>
    </message>
    <message>
        <source>give one of --apply, --resume, --rollback and --confirm</source>
        <translation>informe uma das opções --apply, --resume, --rollback e --confirm</translation>
    </message>
</context>
<context>
    <name>td::cli::MigrateServices</name>
    <message>
        <source>row %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>the migration stopped: %1 Run &apos;tokendesk-cli migrate --resume&apos; when the cause is fixed, or &apos;tokendesk-cli migrate --rollback&apos; to undo it.</source>
        <translation>a migração parou: %1 Execute &quot;tokendesk-cli migrate --resume&quot; quando a causa estiver corrigida, ou &quot;tokendesk-cli migrate --rollback&quot; para desfazê-la.</translation>
    </message>
    <message>
        <source>row %1 (%2) was not migrated, its old token still works: %3 Fix the cause and try again.</source>
        <translation>a linha %1 (%2) não foi migrada, o token antigo dela ainda funciona: %3 Corrija a causa e tente novamente.</translation>
    </message>
    <message>
        <source>row %1: the new token is in use, but revoking the old token %2 failed (%3); run &apos;tokendesk-cli migrate --resume&apos; to retry</source>
        <translation>linha %1: o novo token está em uso, mas a revogação do token antigo %2 falhou (%3); execute &quot;tokendesk-cli migrate --resume&quot; para tentar novamente</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LINHA</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALHE</translation>
    </message>
    <message>
        <source>old token kept until you update the places below, then run &apos;tokendesk-cli migrate --confirm %1&apos;</source>
        <translation>token antigo mantido até você atualizar os locais abaixo; depois execute &quot;tokendesk-cli migrate --confirm %1&quot;</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <source>print it with: secret-tool lookup server tokendesk user %1</source>
        <translation>mostre-o com: secret-tool lookup server tokendesk user %1</translation>
    </message>
    <message>
        <source>Row %1 (%2) waits for you:</source>
        <translation>A linha %1 (%2) aguarda você:</translation>
    </message>
    <message>
        <source>Then: tokendesk-cli migrate --confirm %1</source>
        <translation>Depois: tokendesk-cli migrate --confirm %1</translation>
    </message>
    <message>
        <source>row %1: the old token stays valid until %2 (runs already queued keep the old value); it is revoked then. Ctrl-C is safe: &apos;tokendesk-cli migrate --resume&apos; finishes.</source>
        <translation>linha %1: o token antigo continua válido até %2 (execuções já na fila mantêm o valor antigo); então ele é revogado. Ctrl-C é seguro: &quot;tokendesk-cli migrate --resume&quot; conclui o processo.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>observação: %1</translation>
    </message>
    <message>
        <source>row %1: %2 holds this token; it gets the new one</source>
        <translation>linha %1: %2 contém este token; ele recebe o novo</translation>
    </message>
    <message>
        <source>pushing the new token to %1</source>
        <translation>enviando o novo token para %1</translation>
    </message>
    <message>
        <source>pushed to %1</source>
        <translation>enviado para %1</translation>
    </message>
    <message>
        <source>verified: %1 holds the new token</source>
        <translation>verificado: %1 contém o novo token</translation>
    </message>
    <message>
        <source>put the new token into %1 (%2), or sign in: tokendesk-cli ci login %3</source>
        <translation>coloque o novo token em %1 (%2), ou entre: tokendesk-cli ci login %3</translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message>
        <source>, attested</source>
        <translation>, com procedência</translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PACOTE</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VEREDITO</translation>
    </message>
    <message>
        <source>PUBLISHED THROUGH</source>
        <translation>PUBLICADO POR MEIO DE</translation>
    </message>
    <message>
        <source>LAST RELEASE</source>
        <translation>ÚLTIMA VERSÃO</translation>
    </message>
    <message>
        <source>No packages to publish on this account.</source>
        <translation>Nenhum pacote a publicar nesta conta.</translation>
    </message>
    <message>
        <source>Way out (%1):</source>
        <translation>Solução (%1):</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Desconhecido: %1</translation>
    </message>
    <message>
        <source>Not known for any package: %1</source>
        <translation>Desconhecido para todos os pacotes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n pacote em risco em janeiro de 2027 (o dia exato não foi anunciado).</numerusform>
            <numerusform>%n pacotes em risco em janeiro de 2027 (o dia exato não foi anunciado).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::PublishingCommand</name>
    <message>
        <source>every package&apos;s publish path and its January 2027 verdict</source>
        <translation>o caminho de publicação de cada pacote e seu veredito para janeiro de 2027</translation>
    </message>
    <message>
        <source>publishing: unknown argument &apos;%1&apos;</source>
        <translation>publishing: argumento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>publishing: the project folder %1 does not exist</source>
        <translation>publishing: a pasta de projeto %1 não existe</translation>
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
        <translation>executar um comando com um token armazenado em NODE_AUTH_TOKEN / NPM_TOKEN</translation>
    </message>
    <message>
        <source>--token needs a token ID (see &apos;tokendesk-cli token list&apos;)</source>
        <translation>--token precisa de um ID de token (veja &quot;tokendesk-cli token list&quot;)</translation>
    </message>
    <message>
        <source>run needs a command: tokendesk-cli run -- npm publish</source>
        <translation>run precisa de um comando: tokendesk-cli run -- npm publish</translation>
    </message>
    <message>
        <source>%1 has no active token. Create one with &apos;tokendesk-cli token create&apos;.</source>
        <translation>%1 não tem nenhum token ativo. Crie um com &quot;tokendesk-cli token create&quot;.</translation>
    </message>
    <message>
        <source>none of %1&apos;s active tokens is in this keychain. Create one with &apos;tokendesk-cli token create&apos;, or pick one with --token.</source>
        <translation>nenhum dos tokens ativos de %1 está neste chaveiro. Crie um com &quot;tokendesk-cli token create&quot; ou escolha um com --token.</translation>
    </message>
    <message>
        <source>token &apos;%1&apos; (%2) is not in this keychain: its secret was never stored here.</source>
        <translation>o token &quot;%1&quot; (%2) não está neste chaveiro: o segredo dele nunca foi armazenado aqui.</translation>
    </message>
    <message>
        <source>run: cannot start &apos;%1&apos;: %2</source>
        <translation>run: não é possível iniciar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>run: &apos;%1&apos; ended abnormally</source>
        <translation>run: &quot;%1&quot; terminou de forma anormal</translation>
    </message>
</context>
<context>
    <name>td::cli::StageCommand</name>
    <message>
        <source>list, view, diff, download, approve and reject staged versions</source>
        <translation>listar, ver, comparar, baixar, aprovar e rejeitar versões preparadas</translation>
    </message>
    <message>
        <source>stage needs a subcommand: %1</source>
        <translation>stage precisa de um subcomando: %1</translation>
    </message>
    <message>
        <source>unknown stage subcommand &apos;%1&apos; (known: %2)</source>
        <translation>subcomando de stage desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt;</source>
        <translation>Falta o argumento obrigatório &lt;stage-id&gt;</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDecideCommand</name>
    <message>
        <source>approve staged versions, publishing them (npm stage approve)</source>
        <translation>aprovar versões preparadas, publicando-as (npm stage approve)</translation>
    </message>
    <message>
        <source>reject staged versions, deleting them (npm stage reject)</source>
        <translation>rejeitar versões preparadas, excluindo-as (npm stage reject)</translation>
    </message>
    <message>
        <source>--auth-type is web or legacy</source>
        <translation>--auth-type é web ou legacy</translation>
    </message>
    <message>
        <source>Missing required &lt;stage-id&gt; (or --all for every staged version)</source>
        <translation>Falta o argumento obrigatório &lt;stage-id&gt; (ou --all para todas as versões preparadas)</translation>
    </message>
    <message>
        <source>Give stage ids or --all, not both</source>
        <translation>Informe ids de versões preparadas ou --all, mas não ambos</translation>
    </message>
    <message>
        <source>--package only goes with --all</source>
        <translation>--package só pode ser usado com --all</translation>
    </message>
    <message>
        <source>Skipping %1 (%2): still being validated by the registry.</source>
        <translation>Ignorando %1 (%2): ainda em validação pelo registro.</translation>
    </message>
    <message>
        <source>In the dependency order of the workspace in %1.</source>
        <translation>Na ordem de dependências do espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>Rejecting will permanently delete this staged publish record and tarball from the registry.</source>
        <translation>Ao rejeitar, esta publicação preparada e o tarball dela serão excluídos permanentemente do registro.</translation>
    </message>
    <message>
        <source>Each staged version needs its own approval in the browser (npm&apos;s &quot;skip 2FA for 5 minutes&quot; does not cover them); with --otp CODE one code serves them all while it is valid.</source>
        <translation>Cada versão preparada precisa da própria aprovação no navegador (o &quot;skip 2FA for 5 minutes&quot; do npm não as cobre); com --otp CODE, um único código serve para todas enquanto for válido.</translation>
    </message>
    <message>
        <source>Approving staged package %1</source>
        <translation>Aprovando o pacote preparado %1</translation>
    </message>
    <message>
        <source>Rejecting staged package %1</source>
        <translation>Rejeitando o pacote preparado %1</translation>
    </message>
    <message>
        <source>Not attempted after the failure: %1</source>
        <translation>Não tentados após a falha: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDiffCommand</name>
    <message>
        <source>compare a staged version with the last published one</source>
        <translation>comparar uma versão preparada com a última publicada</translation>
    </message>
</context>
<context>
    <name>td::cli::StageDownloadCommand</name>
    <message>
        <source>save a staged tarball in the current folder (npm stage download)</source>
        <translation>salvar o tarball de uma versão preparada na pasta atual (npm stage download)</translation>
    </message>
    <message>
        <source>Could not read package.json from tarball</source>
        <translation>Não foi possível ler o package.json do tarball</translation>
    </message>
    <message>
        <source>package: %1@%2</source>
        <translation>pacote: %1@%2</translation>
    </message>
    <message>
        <source>total files: %1</source>
        <translation>total de arquivos: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageListCommand</name>
    <message>
        <source>list the staged versions you may see (npm stage list)</source>
        <translation>listar as versões preparadas que você pode ver (npm stage list)</translation>
    </message>
    <message>
        <source>Version specifiers are not supported for listing staged packages</source>
        <translation>Especificadores de versão não são suportados ao listar pacotes preparados</translation>
    </message>
    <message>
        <source>tokendesk-cli: not listed: %1</source>
        <translation>tokendesk-cli: não listado: %1</translation>
    </message>
</context>
<context>
    <name>td::cli::StageViewCommand</name>
    <message>
        <source>show one staged version (npm stage view)</source>
        <translation>mostrar uma versão preparada (npm stage view)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCommand</name>
    <message>
        <source>list, create, rotate and revoke access tokens</source>
        <translation>listar, criar, rotacionar e revogar tokens de acesso</translation>
    </message>
    <message>
        <source>token needs a subcommand: %1</source>
        <translation>token precisa de um subcomando: %1</translation>
    </message>
    <message>
        <source>unknown token subcommand &apos;%1&apos; (known: %2)</source>
        <translation>subcomando de token desconhecido &quot;%1&quot; (conhecidos: %2)</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreate</name>
    <message>
        <source>--password: passwords are never taken from arguments; pipe it and use --password-stdin</source>
        <translation>--password: senhas nunca são obtidas dos argumentos; envie-a por um pipe e use --password-stdin</translation>
    </message>
    <message>
        <source>token create: unexpected argument &apos;%1&apos;</source>
        <translation>token create: argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--expires: &apos;%1&apos; is not a whole number of days</source>
        <translation>--expires: &quot;%1&quot; não é um número inteiro de dias</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 precisa ser um de %2, não &quot;%3&quot;</translation>
    </message>
    <message>
        <source>all packages</source>
        <translation>todos os pacotes</translation>
    </message>
    <message>
        <source>orgs %1 (%2)</source>
        <translation>organizações %1 (%2)</translation>
    </message>
    <message>
        <source>Created token %1</source>
        <translation>Token criado %1</translation>
    </message>
    <message>
        <source>  name:     %1</source>
        <translation>  nome:     %1</translation>
    </message>
    <message>
        <source>  key:      %1</source>
        <translation>  chave:    %1</translation>
    </message>
    <message>
        <source>  grants:   %1</source>
        <translation>  concede:  %1</translation>
    </message>
    <message>
        <source>  from IPs: %1</source>
        <translation>  de IPs:   %1</translation>
    </message>
    <message>
        <source>  bypasses 2FA</source>
        <translation>  ignora a 2FA</translation>
    </message>
    <message>
        <source>  expires:  %1</source>
        <translation>  expira:   %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Stored in your keychain; &apos;tokendesk-cli run -- &lt;command&gt;&apos; uses it.</source>
        <translation>Armazenado no seu chaveiro; &quot;tokendesk-cli run -- &lt;command&gt;&quot; o usa.</translation>
    </message>
    <message>
        <source>warning: the token was created but could not be stored in your keychain (%1). Copy it now: it is shown only this once.</source>
        <translation>aviso: o token foi criado, mas não foi possível armazená-lo no seu chaveiro (%1). Copie-o agora: ele só é mostrado esta vez.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenCreateCommand</name>
    <message>
        <source>create a granular token with npm&apos;s flags; it goes into your keychain</source>
        <translation>criar um token granular com as opções do npm; ele vai para o seu chaveiro</translation>
    </message>
    <message>
        <source>token create needs your npm password: pipe it to standard input and add --password-stdin</source>
        <translation>token create precisa da sua senha do npm: envie-a para a entrada padrão e adicione --password-stdin</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: a entrada padrão não continha nenhuma senha</translation>
    </message>
    <message>
        <source>Incorrect or missing password.</source>
        <translation>Senha incorreta ou ausente.</translation>
    </message>
    <message>
        <source>Your session is still valid; check the password and try again.</source>
        <translation>Sua sessão ainda é válida; verifique a senha e tente novamente.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenListCommand</name>
    <message>
        <source>list every token of the signed-in account</source>
        <translation>listar todos os tokens da conta conectada</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expirou há %1</translation>
    </message>
    <message>
        <source>token list: unknown argument &apos;%1&apos;</source>
        <translation>token list: argumento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRA</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (revogado)</translation>
    </message>
    <message>
        <source>No tokens. (Sessions from login are never listed.)</source>
        <translation>Nenhum token. (Sessões do login nunca são listadas.)</translation>
    </message>
    <message>
        <source>This registry does not report token expiry.</source>
        <translation>Este registro não informa a expiração dos tokens.</translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message>
        <source>revoke tokens by ID (a unique key prefix, as in &apos;token list&apos;)</source>
        <translation>revogar tokens por ID (um prefixo de chave único, como em &quot;token list&quot;)</translation>
    </message>
    <message>
        <source>Token ID &quot;%1&quot; was ambiguous, a new token may have been created since you last ran `tokendesk-cli token list`.</source>
        <translation>O ID de token &quot;%1&quot; era ambíguo; um novo token pode ter sido criado desde a última vez que você executou `tokendesk-cli token list`.</translation>
    </message>
    <message>
        <source>Unknown token id or value &quot;%1&quot;.</source>
        <translation>ID ou valor de token desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>token revoke needs the ID of a token; &apos;tokendesk-cli token list&apos; shows them</source>
        <translation>token revoke precisa do ID de um token; &quot;tokendesk-cli token list&quot; mostra os IDs</translation>
    </message>
    <message>
        <source>Removed %1 token(s) before this failure.</source>
        <translation>%1 token(s) removido(s) antes desta falha.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>%n token removido</numerusform>
            <numerusform>%n tokens removidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message>
        <source>replace a token with a fresh one with the same grants, update its uses</source>
        <translation>substituir um token por um novo com as mesmas permissões e atualizar os usos dele</translation>
    </message>
    <message>
        <source>token rotate needs one token id (as &apos;token list&apos; shows it)</source>
        <translation>token rotate precisa de um ID de token (como &quot;token list&quot; o mostra)</translation>
    </message>
    <message>
        <source>creating the new token needs your npm password; pipe it and use --password-stdin</source>
        <translation>criar o novo token exige sua senha do npm; envie-a por um pipe e use --password-stdin</translation>
    </message>
    <message>
        <source>an interrupted migration was found; run &apos;tokendesk-cli migrate --resume&apos; or &apos;--rollback&apos; first</source>
        <translation>foi encontrada uma migração interrompida; execute primeiro &quot;tokendesk-cli migrate --resume&quot; ou &quot;--rollback&quot;</translation>
    </message>
    <message>
        <source>no active token has the id &apos;%1&apos;</source>
        <translation>nenhum token ativo tem o ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches %2 tokens; give more of the id</source>
        <translation>&quot;%1&quot; corresponde a %2 tokens; informe mais caracteres do ID</translation>
    </message>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>Rotacionando &quot;%1&quot; (%2): %n referência a atualizar.</numerusform>
            <numerusform>Rotacionando &quot;%1&quot; (%2): %n referências a atualizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: no .npmrc here uses this token (or it cannot be told apart from another by its masked form); wherever it is used — CI secrets, other machines — put the new token there: the old one is revoked.</source>
        <translation>aviso: nenhum .npmrc aqui usa este token (ou ele não pode ser distinguido de outro pela forma mascarada); onde quer que ele seja usado — segredos de CI, outros computadores — coloque o novo token lá: o antigo é revogado.</translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message>
        <source>trust needs a subcommand: %1</source>
        <translation>trust precisa de um subcomando: %1</translation>
    </message>
    <message>
        <source>--auth-type must be &apos;web&apos; or &apos;legacy&apos;, not &apos;%1&apos;</source>
        <translation>--auth-type precisa ser &quot;web&quot; ou &quot;legacy&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>trust %1 takes at most one package or folder</source>
        <translation>trust %1 recebe no máximo um pacote ou pasta</translation>
    </message>
    <message>
        <source>would configure %1: %2</source>
        <translation>configuraria %1: %2</translation>
    </message>
    <message>
        <source>Package name must be specified either as an argument or in package.json file</source>
        <translation>O nome do pacote precisa ser informado como argumento ou no arquivo package.json</translation>
    </message>
    <message>
        <source>circleci needs --org-id, --project-id, --pipeline-definition-id and --vcs-origin</source>
        <translation>circleci precisa de --org-id, --project-id, --pipeline-definition-id e --vcs-origin</translation>
    </message>
    <message>
        <source>GitHub repository must be specified in the format owner/repository</source>
        <translation>O repositório do GitHub precisa ser informado no formato proprietário/repositório</translation>
    </message>
    <message>
        <source>GitLab project must be specified as group/project</source>
        <translation>O projeto do GitLab precisa ser informado como grupo/projeto</translation>
    </message>
    <message>
        <source>%1 has no GitHub or GitLab remote to check against</source>
        <translation>%1 não tem remoto do GitHub ou do GitLab com o qual comparar</translation>
    </message>
    <message>
        <source>%1: not on the registry yet; publish it once, then set up trusted publishing.</source>
        <translation>%1: ainda não está no registro; publique-o uma vez e depois configure a publicação confiável.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n pacote precisa de atenção</numerusform>
            <numerusform>%n pacotes precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>PACKAGE</source>
        <translation>PACOTE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEDOR</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITÓRIO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>AMBIENTE</translation>
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
        <translation>não está no registro</translation>
    </message>
    <message>
        <source>no trusted publisher</source>
        <translation>nenhum publicador confiável</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n pacote fora do registro: %1</numerusform>
            <numerusform>%n pacotes fora do registro: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n pacote não configurado: %1</numerusform>
            <numerusform>%n pacotes não configurados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke needs one package and --id &lt;id&gt; (see trust list)</source>
        <translation>revoke precisa de um pacote e de --id &lt;id&gt; (veja trust list)</translation>
    </message>
    <message>
        <source>would remove trusted publisher %1 of %2</source>
        <translation>removeria o publicador confiável %1 de %2</translation>
    </message>
    <message>
        <source>%1 has no trusted publisher with id %2 (or the package is not on the registry); see &apos;tokendesk-cli trust list %1&apos;.</source>
        <translation>%1 não tem nenhum publicador confiável com o ID %2 (ou o pacote não está no registro); veja &quot;tokendesk-cli trust list %1&quot;.</translation>
    </message>
    <message>
        <source>%1: trusted publisher %2 removed</source>
        <translation>%1: publicador confiável %2 removido</translation>
    </message>
    <message>
        <source>trusted publishing: list, github, gitlab, circleci, revoke (npm trust&apos;s flags, plus --all and --replace; stage-only unless --allow-publish), check &lt;folder&gt; and workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</source>
        <translation>publicação confiável: list, github, gitlab, circleci, revoke (as opções do npm trust, mais --all e --replace; somente preparar, a menos que --allow-publish), check &lt;folder&gt; e workflow &lt;folder&gt; [--apply] (npm publish → npm stage publish)</translation>
    </message>
    <message>
        <source>--replace needs exactly one package (config ids belong to one package)</source>
        <translation>--replace precisa de exatamente um pacote (os IDs de configuração pertencem a um único pacote)</translation>
    </message>
    <message>
        <source>then revoke %1 of %2</source>
        <translation>depois revogaria %1 de %2</translation>
    </message>
    <message>
        <source>the repository has no workflow: say which with --file</source>
        <translation>o repositório não tem nenhum fluxo de trabalho: indique qual com --file</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1: %n publicador confiável no npm, comparado com o fluxo de trabalho que ele indica.</numerusform>
            <numerusform>%1: %n publicadores confiáveis no npm, cada um comparado com o fluxo de trabalho que indica.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no trusted publisher is configured on npm.</source>
        <translation>%1: nenhum publicador confiável está configurado no npm.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher and no room for another. See &apos;tokendesk-cli trust list %1&apos;, remove one with &apos;trust revoke&apos;, then run this again.</source>
        <translation>%1 já tem um publicador confiável diferente e não há espaço para outro. Veja &quot;tokendesk-cli trust list %1&quot;, remova um com &quot;trust revoke&quot; e execute isto novamente.</translation>
    </message>
    <message>
        <source>%1 already has a different trusted publisher (%2) and no room for another. Remove one (for example &apos;tokendesk-cli trust revoke %1 --id %3&apos;), then run this again.</source>
        <translation>%1 já tem um publicador confiável diferente (%2) e não há espaço para outro. Remova um (por exemplo, &quot;tokendesk-cli trust revoke %1 --id %3&quot;) e execute isto novamente.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 gravado</translation>
    </message>
    <message>
        <source>No npm publish to change to npm stage publish.</source>
        <translation>Nenhum npm publish a alterar para npm stage publish.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>Nada foi gravado; execute novamente com --apply para gravar %n arquivo.</numerusform>
            <numerusform>Nada foi gravado; execute novamente com --apply para gravar %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>repository: %1 (from package.json)</source>
        <translation>repositório: %1 (do package.json)</translation>
    </message>
    <message>
        <source>project: %1 (from package.json)</source>
        <translation>projeto: %1 (do package.json)</translation>
    </message>
</context>
<context>
    <name>td::cli::Usage</name>
    <message>
        <source>Usage: tokendesk-cli diagnose &lt;log-file|-&gt;

Reads the log of a failed CI publish (a file, or - for standard input) and prints
the likely causes, most likely first, each with a concrete fix.</source>
        <translation>Uso: tokendesk-cli diagnose &lt;log-file|-&gt;

Lê o log de uma publicação de CI que falhou (um arquivo, ou - para a entrada padrão) e mostra
as causas prováveis, da mais provável para a menos, cada uma com uma correção concreta.</translation>
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

Encontra todos os tokens do npm neste computador (arquivos de configuração do npm, pastas de projeto,
o ambiente, .yarnrc.yml e fluxos de trabalho de CI) e verifica cada um com a
conta. Status de saída 1 quando um token clássico, inutilizável ou prestes a expirar está em uso.

  --project DIR      verificar também esta pasta de projeto (repetível)
  --userconfig FILE  a configuração de usuário a ler em vez de ~/.npmrc
  --json             (global) as descobertas em JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Runs the command with a stored token in NODE_AUTH_TOKEN and NPM_TOKEN, only in
its environment: no .npmrc line, nothing on the command line.</source>
        <translation>Uso: tokendesk-cli run [--token ID] -- &lt;command&gt; [arguments]

Executa o comando com um token armazenado em NODE_AUTH_TOKEN e NPM_TOKEN, somente no
ambiente dele: nenhuma linha no .npmrc, nada na linha de comando.</translation>
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

  --allow-publish, --allow-stage-publish  o que o fluxo de trabalho pode fazer
  --auth-type web|legacy  aprovar no navegador (uma única aprovação, marcando &quot;skip 2FA
                          for 5 minutes&quot;, cobre --all) ou digitar um código
  --otp CODE              a senha de uso único
  --dry-run               mostrar o que seria feito</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli whoami

Prints the user name the registry knows you by.</source>
        <translation>Uso: tokendesk-cli whoami

Mostra o nome de usuário pelo qual o registro conhece você.</translation>
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

Versões preparadas aguardam, sem publicação, até que um mantenedor as aprove com
2FA. list, view e download mostram o mesmo que o npm stage; list abrange todas as
contas conectadas ao registro, e os outros subcomandos, a última que entrou. diff
compara o tarball de uma versão preparada com a última versão publicada (arquivos,
package.json, scripts de instalação).

  --otp CODE              um código para o lote inteiro, reutilizado enquanto for válido
  --auth-type web|legacy  uma aprovação no navegador por versão (o padrão) ou um código
  --project DIR           aprovar na ordem de dependências deste espaço de trabalho
  --json                  saída legível por máquina</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Every package you can publish, how it gets published today (trusted publishers,
tokens and where they are used, the last release) and whether that survives
January 2027, when npm ends direct publishing with tokens. For each package at
risk it prints the way out. Exit status 1 while any package is at risk.</source>
        <translation>Uso: tokendesk-cli publishing [--json] [--project DIR]... [--userconfig FILE]

Todos os pacotes que você pode publicar, como são publicados hoje (publicadores confiáveis,
tokens e onde são usados, a última versão) e se isso sobrevive a janeiro de 2027,
quando o npm encerra a publicação direta com tokens. Para cada pacote em risco,
mostra a solução. Status de saída 1 enquanto algum pacote estiver em risco.</translation>
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

Entra em um serviço de CI para que &quot;token rotate&quot; e &quot;migrate --apply&quot; atualizem
os segredos dele por conta própria: enviam o novo token, verificam-no, aguardam o
período de carência e então revogam o antigo. A credencial fica guardada no chaveiro.

  --with-token    ler o token da entrada padrão (nunca de um argumento)
  --from-gh       reutilizar o login da CLI do GitHub (&quot;gh auth token&quot;)
  (nenhuma)       entrar no navegador com um código de uso único (GitHub, GitLab)
  --host HOST     GitHub Enterprise ou GitLab autogerenciado (o padrão é o público)
  --api-url URL   a base da API, quando não é a habitual do host
  --project DIR   status: os segredos de CI que os fluxos de trabalho deste projeto leem</translation>
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

Planeja a saída dos tokens clássicos e de longa duração: uma linha por token em uso.

  --apply             criar os substitutos, reescrever cada referência, verificar
                      e então revogar os tokens antigos (com registro em diário, à prova de falhas)
  --no-ci             não atualizar segredos de CI (confirmá-los manualmente em vez disso)
  --grace MINUTES     manter o token antigo por esse tempo após a atualização dos
                      segredos de CI (padrão 10; 0 é permitido)
  --choose ROW=ACTION alterar a ação de uma linha, p. ex. 2=create-read-only
  --to stage-only     substituir cada token de publicação direta em uso por um token
                      somente de preparação (janeiro de 2027); manter as outras linhas
  --confirm ROW|TOKEN você atualizou um segredo ou uma variável de CI: revogar o token antigo
  --resume, --rollback concluir ou desfazer uma execução interrompida
  --otp CODE, --password-stdin  o segundo fator e a senha</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Signs in and keeps the 2-hour session in the keychain.

  --auth-type web     sign in in the browser (the default)
  --auth-type legacy  user name and password (read from standard input)
  --otp CODE          the one-time password, if the account asks for one
  --scope @SCOPE      sign in to the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Uso: tokendesk-cli login [--auth-type web|legacy] [--username NAME --password-stdin] [--otp CODE] [--scope @SCOPE]

Entra e mantém a sessão de 2 horas no chaveiro.

  --auth-type web     entrar pelo navegador (o padrão)
  --auth-type legacy  nome de usuário e senha (lidos da entrada padrão)
  --otp CODE          a senha de uso único, se a conta pedir uma
  --scope @SCOPE      entrar no registro do escopo (@SCOPE:registry no .npmrc)</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli logout [--scope @SCOPE]

Ends the session on the registry and removes it from the keychain.

  --scope @SCOPE      the scope&apos;s registry (@SCOPE:registry in .npmrc)</source>
        <translation>Uso: tokendesk-cli logout [--scope @SCOPE]

Encerra a sessão no registro e a remove do chaveiro.

  --scope @SCOPE      o registro do escopo (@SCOPE:registry no .npmrc)</translation>
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

Verifica quem publicou uma versão (a mais recente, por padrão): a assinatura do registro,
o bundle de procedência e o repositório, o fluxo de trabalho, a ref e o gatilho do seu
certificado em relação às configurações de confiança memorizadas do pacote e às versões anteriores.
Status de saída 1 quando uma versão é suspeita ou falhou.

  --all-versions     todas as versões, da mais antiga para a mais recente
  --trust-root FILE  dados de confiança a usar em vez das chaves do Sigstore e do npm incluídas
                     (um trusted_root.json, como o /-/sandbox/trusted-root do sandbox)
  --json             as verificações e os veredictos em JSON</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli completion-ids tokens

Prints the ids of the tokens in TokenDesk&apos;s local cache, one per line, for the
bash, zsh and fish completions. No network, no keychain, no secret.</source>
        <translation>Usage: tokendesk-cli completion-ids tokens

Mostra os identificadores dos tokens no cache local do TokenDesk, um por linha, para o
autocompletar do bash, zsh e fish. Sem rede, sem chaveiro, sem segredos.</translation>
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

Vigia todos os pacotes em que suas contas conectadas podem escrever (e os fixados) em busca
de novas versões, tags movidas, versões obsoletas e novos mantenedores, e avalia cada
versão: quem a publicou (procedência, verificada como no &apos;verify&apos;), scripts de instalação e
outros sinais no conteúdo, rajadas de publicações entre seus pacotes. A primeira execução
cria uma linha de base e não dá alarme para nada já publicado. Um alarme fica aberto até você
respondê-lo. Status de saída com --once: 1 enquanto houver um alarme aberto, 0 caso contrário,
2 quando a vigilância não pôde ser executada ou a linha de comando está errada.

  --once             uma passagem por todos os pacotes e depois sai
  --interval MIN     minutos entre duas leituras de um pacote (5 a 1440; padrão 10)
  --trust-root FILE  dados de confiança a usar em vez das chaves do Sigstore e do npm incluídas
  --json             as versões com nível, motivos, códigos e publicador em JSON
  ack                &quot;fui eu&quot;: fecha os alarmes dessa versão
  expect --for MIN   uma publicação manual do pacote nos próximos MIN minutos
                     (padrão 60) não é um alarme
  exclude / include  deixa de avaliar as versões do pacote (nunca um alarme) ou volta
                     a avaliá-las; a escolha é lembrada</translation>
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

Responde a uma versão comprometida. Lê cada pacote, os seus tokens e as versões
comprometidas (--bad; senão, os alarmes abertos da vigilância de publicações), mostra
o plano e depois procura nesta máquina vestígios de worm (um watchdog que apaga a sua
pasta pessoal quando o token roubado deixa de funcionar) e, se nada for encontrado,
executa todas as etapas aplicáveis com uma única aprovação 2FA: require-2fa,
revoke-trust, revoke-tokens, remove-maintainers, reject-staged, move-tags, deprecate
(unpublish é apenas explicado). Grava um relatório de incidente. Status de saída:
0 todas as etapas concluídas, 1 uma etapa falhou (--resume tenta de
novo), 2 erro de uso ou dados que não puderam ser lidos, 3 vestígios encontrados
(nada foi alterado).

  --dry-run          mostra o plano e não altera nada
  --resume           retoma o bloqueio inacabado mais recente (deste programa ou do
                     aplicativo de desktop) a partir da primeira etapa não concluída
  --otp CODE         um código de uso único, reutilizado enquanto o registro o aceitar
  --skip STEP        deixa uma etapa de fora (os ids acima); pode ser repetido
  --bad VERSION      uma versão comprometida (pode ser repetido); padrão: os alarmes
                     abertos da vigilância
  --keep-ci-tokens   mantém os tokens que o TokenDesk verificou na sua própria CI
  --report FILE      onde o relatório de incidente é gravado (padrão:
                     lockdown-&lt;time&gt;.md na pasta atual)
  --trust-root FILE  dados de confiança, como em watch e verify</translation>
    </message>
</context>
<context>
    <name>td::cli::VerifyCommand</name>
    <message>
        <source>check who published each version: signature, provenance and publisher identity</source>
        <translation>verificar quem publicou cada versão: assinatura, procedência e identidade do publicador</translation>
    </message>
    <message>
        <source>verify: one package at a time (&apos;%1&apos; is extra)</source>
        <translation>verify: um pacote de cada vez (&quot;%1&quot; está sobrando)</translation>
    </message>
    <message>
        <source>verify needs a package, for example: tokendesk-cli verify @acme/ui@2.4.0</source>
        <translation>verify precisa de um pacote, por exemplo: tokendesk-cli verify @acme/ui@2.4.0</translation>
    </message>
    <message>
        <source>verify: give a version or --all-versions, not both</source>
        <translation>verify: informe uma versão ou --all-versions, não ambos</translation>
    </message>
    <message>
        <source>verify: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>verify: não é possível ler os dados de confiança %1 (um arquivo trusted_root.json de no máximo 4 MiB)</translation>
    </message>
    <message>
        <source>No trust configs of %1 on record: the publisher is compared with earlier releases only.</source>
        <translation>Nenhuma configuração de confiança de %1 registrada: o publicador é comparado apenas com as versões anteriores.</translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message>
        <source>watch your packages&apos; publishes and alarm on the ones your release path did not make</source>
        <translation>vigiar as publicações dos seus pacotes e dar alarme para as que o seu caminho de publicação não fez</translation>
    </message>
    <message>
        <source>--interval needs a number of minutes from 5 to 1440 (the registry caches packuments for 5 minutes)</source>
        <translation>--interval precisa de um número de minutos de 5 a 1440 (o registro mantém os documentos de pacote em cache por 5 minutos)</translation>
    </message>
    <message>
        <source>watch: cannot read the trust data %1 (a trusted_root.json file of at most 4 MiB)</source>
        <translation>watch: não é possível ler os dados de confiança %1 (um arquivo trusted_root.json de no máximo 4 MiB)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n pacote vigiado</numerusform>
            <numerusform>%n pacotes vigiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n alarme aberto</numerusform>
            <numerusform>%n alarmes abertos</numerusform>
        </translation>
    </message>
    <message>
        <source>watch ack needs one version, for example: tokendesk-cli watch ack @acme/ui@1.1.1</source>
        <translation>watch ack precisa de uma versão, por exemplo: tokendesk-cli watch ack @acme/ui@1.1.1</translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2: marcada como sua; resta %n alarme aberto.</numerusform>
            <numerusform>%1@%2: marcada como sua; restam %n alarmes abertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch expect needs one package, for example: tokendesk-cli watch expect @acme/ui --for 60</source>
        <translation>watch expect precisa de um pacote, por exemplo: tokendesk-cli watch expect @acme/ui --for 60</translation>
    </message>
    <message>
        <source>--for needs a number of minutes from 1 to 1440</source>
        <translation>--for precisa de um número de minutos de 1 a 1440</translation>
    </message>
    <message>
        <source>A manual publish of %1 until %2 will not raise an alarm.</source>
        <translation>Uma publicação manual de %1 até %2 não vai gerar alarme.</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>nova versão</translation>
    </message>
    <message>
        <source>new version by %1</source>
        <translation>nova versão por %1</translation>
    </message>
    <message>
        <source>dist-tag %1 moved from %2 to %3</source>
        <translation>tag %1 movida de %2 para %3</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
    <message>
        <source>version removed</source>
        <translation>versão removida</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mantenedor %1 adicionado</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mantenedor %1 removido</translation>
    </message>
    <message>
        <source>staged by %1, who never staged it before</source>
        <translation>preparada por %1, que nunca a preparou antes</translation>
    </message>
    <message>
        <source>watch: unknown subcommand &apos;%1&apos; (ack, expect, exclude, include or none)</source>
        <translation>watch: subcomando desconhecido &quot;%1&quot; (ack, expect, exclude, include ou nenhum)</translation>
    </message>
    <message>
        <source>watch exclude needs one package, for example: tokendesk-cli watch exclude @acme/ui</source>
        <translation>watch exclude precisa de um pacote, por exemplo: tokendesk-cli watch exclude @acme/ui</translation>
    </message>
    <message>
        <source>watch include needs one package, for example: tokendesk-cli watch include @acme/ui</source>
        <translation>watch include precisa de um pacote, por exemplo: tokendesk-cli watch include @acme/ui</translation>
    </message>
    <message>
        <source>%1 is excluded from the watch: its releases are shown, never judged or alarmed.</source>
        <translation>%1 foi retirado da vigilância: suas versões são mostradas, mas nunca avaliadas nem geram alarme.</translation>
    </message>
    <message>
        <source>%1 is watched again.</source>
        <translation>%1 voltou a ser vigiado.</translation>
    </message>
</context>
<context>
    <name>td::cli::WhoamiCommand</name>
    <message>
        <source>show the user name the registry knows you by</source>
        <translation>mostrar o nome de usuário pelo qual o registro conhece você</translation>
    </message>
    <message>
        <source>whoami takes no arguments</source>
        <translation>whoami não recebe argumentos</translation>
    </message>
</context>
<context>
    <name>td::provenance::Bundle</name>
    <message>
        <source>the attestations document is larger than %1 MiB</source>
        <translation>o documento de atestados tem mais de %1 MiB</translation>
    </message>
    <message>
        <source>the attestations document is not JSON</source>
        <translation>o documento de atestados não é JSON</translation>
    </message>
    <message>
        <source>the attestations document has a missing or unreadable part (%1)</source>
        <translation>o documento de atestados tem uma parte ausente ou ilegível (%1)</translation>
    </message>
    <message>
        <source>the attestations document has a part of an unexpected type</source>
        <translation>o documento de atestados tem uma parte de um tipo inesperado</translation>
    </message>
</context>
<context>
    <name>td::provenance::BundleVerifier</name>
    <message>
        <source>cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk)</source>
        <translation>não pode ser verificado com os dados de confiança deste TokenDesk (atualize o TokenDesk)</translation>
    </message>
    <message>
        <source>%1: the statement is about &quot;%2&quot; (%3), not %4: it belongs to another package or version.</source>
        <translation>%1: a declaração se refere a &quot;%2&quot; (%3), não a %4: ela pertence a outro pacote ou versão.</translation>
    </message>
    <message>
        <source>%1: the statement names %2.</source>
        <translation>%1: a declaração nomeia %2.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 is not the version&apos;s dist.integrity: it vouches for other contents.</source>
        <translation>%1: o sha512 da declaração não é o dist.integrity da versão: ela atesta outro conteúdo.</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s sha512 equals the version&apos;s dist.integrity.</source>
        <translation>%1: o sha512 da declaração é igual ao dist.integrity da versão.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature verifies.</source>
        <translation>%1: a assinatura do envelope é válida.</translation>
    </message>
    <message>
        <source>%1: the envelope&apos;s signature does not verify: its statement was changed after signing, or another key signed it.</source>
        <translation>%1: a assinatura do envelope não é válida: a declaração foi alterada depois de assinada, ou outra chave a assinou.</translation>
    </message>
    <message>
        <source>%1: the bundle has no transparency log entry, so neither its time nor its publication can be checked.</source>
        <translation>%1: o bundle não tem entrada no log de transparência, então nem o horário nem a publicação dele podem ser verificados.</translation>
    </message>
    <message>
        <source>Publish attestation</source>
        <translation>Atestado de publicação</translation>
    </message>
    <message>
        <source>Publish attestation: the registry key %1 is unknown; the attestation %2.</source>
        <translation>Atestado de publicação: a chave do registro %1 é desconhecida; o atestado %2.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1, which expired on %2, before the attestation was logged.</source>
        <translation>Atestado de publicação: assinado com a chave do registro %1, que expirou em %2, antes de o atestado ser registrado no log.</translation>
    </message>
    <message>
        <source>Publish attestation: signed with the registry key %1.</source>
        <translation>Atestado de publicação: assinado com a chave do registro %1.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedência</translation>
    </message>
    <message>
        <source>Provenance: the bundle carries no signing certificate.</source>
        <translation>Procedência: o bundle não traz nenhum certificado de assinatura.</translation>
    </message>
    <message>
        <source>Could not verify the attestations of %1@%2: %3.</source>
        <translation>Não foi possível verificar os atestados de %1@%2: %3.</translation>
    </message>
    <message>
        <source>The version&apos;s dist.integrity has no sha512, so no attestation can be matched to its contents.</source>
        <translation>O dist.integrity da versão não tem sha512, então nenhum atestado pode ser associado ao conteúdo dela.</translation>
    </message>
    <message>
        <source>The bundle format &quot;%1&quot; is newer than this TokenDesk reads; it %2.</source>
        <translation>O formato de bundle &quot;%1&quot; é mais novo do que este TokenDesk lê; ele %2.</translation>
    </message>
    <message>
        <source>There is no npm publish attestation for %1.</source>
        <translation>Não há atestado de publicação do npm para %1.</translation>
    </message>
    <message>
        <source>There is no provenance for %1: who built it cannot be checked.</source>
        <translation>Não há procedência para %1: não é possível verificar quem o compilou.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate cannot be read.</source>
        <translation>Procedência: o certificado de assinatura não pode ser lido.</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate was issued by the Sigstore certificate authority %1 and was valid at the log time %2.</source>
        <translation>Procedência: o certificado de assinatura foi emitido pela autoridade certificadora do Sigstore %1 e era válido no horário do log %2.</translation>
    </message>
    <message>
        <source>no certificate authority valid at that time</source>
        <translation>nenhuma autoridade certificadora válida naquele momento</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate claims a Sigstore certificate authority but does not chain to it at the log time %1 (%2).</source>
        <translation>Procedência: o certificado de assinatura alega uma autoridade certificadora do Sigstore, mas não se encadeia a ela no horário do log %1 (%2).</translation>
    </message>
    <message>
        <source>Provenance: the signing certificate&apos;s authority is unknown; the certificate %1.</source>
        <translation>Procedência: a autoridade do certificado de assinatura é desconhecida; o certificado %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is for code signing.</source>
        <translation>Procedência: o certificado é de assinatura de código.</translation>
    </message>
    <message>
        <source>Provenance: the certificate is not a code-signing certificate.</source>
        <translation>Procedência: o certificado não é um certificado de assinatura de código.</translation>
    </message>
    <message>
        <source>SCT not checked: no certificate transparency log in this trust data.</source>
        <translation>SCT não verificado: não há log de transparência de certificados nestes dados de confiança.</translation>
    </message>
    <message>
        <source>Provenance: the certificate carries no certificate transparency timestamp (SCT); Sigstore&apos;s authority always embeds one.</source>
        <translation>Procedência: o certificado não traz carimbo de data/hora de transparência de certificados (SCT); a autoridade do Sigstore sempre inclui um.</translation>
    </message>
    <message>
        <source>Provenance: the certificate was logged in the certificate transparency log %1.</source>
        <translation>Procedência: o certificado foi registrado no log de transparência de certificados %1.</translation>
    </message>
    <message>
        <source>Provenance: the certificate&apos;s transparency timestamp (SCT) does not verify with the log it names.</source>
        <translation>Procedência: o carimbo de data/hora de transparência do certificado (SCT) não é válido para o log que ele nomeia.</translation>
    </message>
    <message>
        <source>Provenance: the certificate transparency log of the certificate&apos;s timestamp is unknown; it %1.</source>
        <translation>Procedência: o log de transparência de certificados do carimbo de data/hora do certificado é desconhecido; ele %1.</translation>
    </message>
    <message>
        <source>%1: the transparency log %2 is unknown; the entry %3.</source>
        <translation>%1: o log de transparência %2 é desconhecido; a entrada %3.</translation>
    </message>
    <message>
        <source>%1: the log entry (%2 %3) has no signed entry timestamp this version reads; it %4.</source>
        <translation>%1: a entrada do log (%2 %3) não tem carimbo de data/hora de entrada assinado que esta versão do TokenDesk saiba ler; ela %4.</translation>
    </message>
    <message>
        <source>%1: the log entry claims a time (%2) outside the period the log&apos;s key was valid for.</source>
        <translation>%1: a entrada do log alega um horário (%2) fora do período em que a chave do log era válida.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed entry timestamp does not verify: the entry, its time or its index was changed.</source>
        <translation>%1: o carimbo de data/hora de entrada assinado do log não é válido: a entrada, o horário ou o índice dela foi alterado.</translation>
    </message>
    <message>
        <source>%1: logged in %2 at %3 (entry %4), signed by the log.</source>
        <translation>%1: registrado em %2 (%3, entrada %4), assinado pelo log.</translation>
    </message>
    <message>
        <source>%1: the log entry does not describe this envelope (its payload hash, signature or signer differ): it was logged for something else.</source>
        <translation>%1: a entrada do log não descreve este envelope (o hash do conteúdo, a assinatura ou o signatário diferem): ela foi registrada para outra coisa.</translation>
    </message>
    <message>
        <source>%1: the log entry records this envelope&apos;s payload, signature and signer.</source>
        <translation>%1: a entrada do log registra o conteúdo, a assinatura e o signatário deste envelope.</translation>
    </message>
    <message>
        <source>%1: this older bundle carries no inclusion proof; the log&apos;s signed entry timestamp vouches for the entry.</source>
        <translation>%1: este bundle mais antigo não traz prova de inclusão; o carimbo de data/hora de entrada assinado do log atesta a entrada.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof does not lead from the entry to the log&apos;s root hash.</source>
        <translation>%1: a prova de inclusão de Merkle não leva da entrada ao hash raiz do log.</translation>
    </message>
    <message>
        <source>%1: the Merkle inclusion proof places the entry in a log of %2 entries.</source>
        <translation>%1: a prova de inclusão de Merkle coloca a entrada em um log de %2 entradas.</translation>
    </message>
    <message>
        <source>%1: the log&apos;s signed checkpoint does not verify or names another tree than the inclusion proof.</source>
        <translation>%1: o checkpoint assinado do log não é válido ou nomeia uma árvore diferente da prova de inclusão.</translation>
    </message>
    <message>
        <source>%1: the log signed the checkpoint of that tree.</source>
        <translation>%1: o log assinou o checkpoint dessa árvore.</translation>
    </message>
</context>
<context>
    <name>td::provenance::CertificateIdentity</name>
    <message>
        <source>Could not verify: the provenance certificate is empty or larger than TokenDesk accepts.</source>
        <translation>Não foi possível verificar: o certificado de procedência está vazio ou é maior do que o TokenDesk aceita.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate is not valid DER. The registry&apos;s data may be damaged; try again later.</source>
        <translation>Não foi possível verificar: o certificado de procedência não é DER válido. Os dados do registro podem estar danificados; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate&apos;s extension %1 is malformed.</source>
        <translation>Não foi possível verificar: a extensão %1 do certificado de procedência está malformada.</translation>
    </message>
    <message>
        <source>Could not verify: the provenance certificate names no issuer, so it says nothing about who published.</source>
        <translation>Não foi possível verificar: o certificado de procedência não nomeia nenhum emissor, então não diz nada sobre quem publicou.</translation>
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
        <translation>%1 ainda não tem nenhuma versão para verificar.</translation>
    </message>
    <message>
        <source>Publish a version first.</source>
        <translation>Publique uma versão primeiro.</translation>
    </message>
</context>
<context>
    <name>td::provenance::PackumentReleases</name>
    <message>
        <source>Could not verify: the package document is larger than 64 MiB.</source>
        <translation>Não foi possível verificar: o documento do pacote tem mais de 64 MiB.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document is not valid JSON. Try again later.</source>
        <translation>Não foi possível verificar: o documento do pacote do registro não é JSON válido. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document lists no versions.</source>
        <translation>Não foi possível verificar: o documento do pacote do registro não lista nenhuma versão.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document nests deeper than %1 levels, which no npm document does.</source>
        <translation>Não foi possível verificar: o documento do pacote do registro tem mais de %1 níveis de aninhamento, o que nenhum documento do npm tem.</translation>
    </message>
    <message>
        <source>Could not verify: the registry&apos;s package document has no name.</source>
        <translation>Não foi possível verificar: o documento do pacote do registro não tem nome.</translation>
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
        <translation>procedência verificada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificada</translation>
    </message>
    <message>
        <source>suspicious</source>
        <translation>suspeita</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>falha na verificação</translation>
    </message>
    <message>
        <source>Published by %1 from %2, %3 on %4</source>
        <translation>Publicada por %1 a partir de %2, %3 em %4</translation>
    </message>
    <message>
        <source>Published as a staged release approved by %1, without provenance</source>
        <translation>Publicada como versão preparada aprovada por %1, sem procedência</translation>
    </message>
    <message>
        <source>Published by a trusted publisher, without provenance</source>
        <translation>Publicada por um publicador confiável, sem procedência</translation>
    </message>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publicada por %1 com um token, sem procedência</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>um usuário desconhecido</translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message>
        <source>as a staged release a maintainer approved</source>
        <translation>como versão preparada aprovada por um mantenedor</translation>
    </message>
    <message>
        <source>through a trusted publisher</source>
        <translation>por meio de um publicador confiável</translation>
    </message>
    <message>
        <source>with provenance</source>
        <translation>com procedência</translation>
    </message>
    <message>
        <source>with a token and without provenance</source>
        <translation>com um token e sem procedência</translation>
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
        <translation>outras refs</translation>
    </message>
    <message>
        <source>Published %1, but version %2 was published %3 before it: a trust downgrade.</source>
        <translation>Publicada %1, mas a versão %2 foi publicada %3 antes dela: um rebaixamento de confiança.</translation>
    </message>
    <message>
        <source>Built from the repository with id %1, but earlier releases came from id %2: the repository was deleted and recreated, or another one took its name.</source>
        <translation>Compilada a partir do repositório com id %1, mas as versões anteriores vieram do id %2: o repositório foi excluído e recriado, ou outro assumiu o nome dele.</translation>
    </message>
    <message>
        <source>The repository&apos;s owner has id %1, but earlier releases had owner id %2.</source>
        <translation>O proprietário do repositório tem o id %1, mas as versões anteriores tinham o id de proprietário %2.</translation>
    </message>
    <message>
        <source>Built from %1, but earlier releases were built from %2.</source>
        <translation>Compilada a partir de %1, mas as versões anteriores foram compiladas a partir de %2.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but earlier releases were built by %2.</source>
        <translation>Compilada pelo fluxo de trabalho %1, mas as versões anteriores foram compiladas por %2.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, an event someone without write access can cause; releases are not built that way.</source>
        <translation>O fluxo de trabalho foi executado em %1, um evento que alguém sem acesso de gravação pode causar; as versões não são compiladas assim.</translation>
    </message>
    <message>
        <source>The workflow ran on %1, but earlier releases ran on %2.</source>
        <translation>O fluxo de trabalho foi executado em %1, mas as versões anteriores foram executadas em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>Compilada da mesma forma que a %n versão anterior com procedência.</numerusform>
            <numerusform>Compilada da mesma forma que as %n versões anteriores com procedência.</numerusform>
        </translation>
    </message>
    <message>
        <source>TokenDesk has no trust configs of this package on record, so the publisher was compared with earlier releases only.</source>
        <translation>O TokenDesk não tem configurações de confiança deste pacote registradas, então o publicador foi comparado apenas com as versões anteriores.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but without provenance: the repository and workflow cannot be checked.</source>
        <translation>Publicada por meio de um publicador confiável, mas sem procedência: o repositório e o fluxo de trabalho não podem ser verificados.</translation>
    </message>
    <message>
        <source>Published by %1 with a token, not through the package&apos;s trusted publisher.</source>
        <translation>Publicada por %1 com um token, não por meio do publicador confiável do pacote.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>um usuário desconhecido</translation>
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
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The provenance was issued for %1, but the trusted publisher %2 expects %3.</source>
        <translation>A procedência foi emitida para %1, mas o publicador confiável %2 espera %3.</translation>
    </message>
    <message>
        <source>Built from the repository %1, but the trusted publisher %2 names %3.</source>
        <translation>Compilada a partir do repositório %1, mas o publicador confiável %2 nomeia %3.</translation>
    </message>
    <message>
        <source>Built by the workflow %1, but the trusted publisher %2 names %3.</source>
        <translation>Compilada pelo fluxo de trabalho %1, mas o publicador confiável %2 nomeia %3.</translation>
    </message>
    <message>
        <source>Built in the environment %1, but the trusted publisher %2 requires %3.</source>
        <translation>Compilada no ambiente %1, mas o publicador confiável %2 exige %3.</translation>
    </message>
    <message>
        <source>Built on a %1 runner; the trusted publisher %2 publishes only from GitHub-hosted runners.</source>
        <translation>Compilada em um executor %1; o publicador confiável %2 publica somente a partir de executores hospedados no GitHub.</translation>
    </message>
    <message>
        <source>The publisher matches the trusted publisher %1.</source>
        <translation>O publicador corresponde ao publicador confiável %1.</translation>
    </message>
    <message>
        <source>Published through a trusted publisher, but its provenance did not verify: the repository and workflow cannot be checked.</source>
        <translation>Publicada por meio de um publicador confiável, mas não foi possível verificar sua procedência: o repositório e o fluxo de trabalho não podem ser verificados.</translation>
    </message>
    <message>
        <source>Built on a %1 runner, not on one the CI service hosts: whoever controls that machine could have changed the package.</source>
        <translation>Compilado em um executor %1, não em um hospedado pelo serviço de CI: quem controla esse computador pode ter alterado o pacote.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistryKeys</name>
    <message>
        <source>The registry&apos;s key list is larger than 1 MiB.</source>
        <translation>A lista de chaves do registro tem mais de 1 MiB.</translation>
    </message>
    <message>
        <source>The registry&apos;s key list is not the expected JSON ({&quot;keys&quot;: [...]}).</source>
        <translation>A lista de chaves do registro não é o JSON esperado ({&quot;keys&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its expiry date cannot be read.</source>
        <translation>A chave %1 foi ignorada: a data de expiração dela não pode ser lida.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: TokenDesk does not know key type &quot;%2&quot;.</source>
        <translation>A chave %1 foi ignorada: o TokenDesk não conhece o tipo de chave &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Key %1 was ignored: its key material does not match its keyid.</source>
        <translation>A chave %1 foi ignorada: o material da chave não corresponde ao keyid dela.</translation>
    </message>
</context>
<context>
    <name>td::provenance::RegistrySignature</name>
    <message>
        <source>The version document is not the one asked for: its %1 is &quot;%2&quot;, expected &quot;%3&quot;. A signature in it does not count (it may be replayed from another package).</source>
        <translation>O documento da versão não é o solicitado: o %1 dele é &quot;%2&quot;, esperado &quot;%3&quot;. Uma assinatura nele não conta (ela pode ter sido reutilizada de outro pacote).</translation>
    </message>
    <message>
        <source>The version document of %1 is not a JSON object, so it cannot be the one the registry signed.</source>
        <translation>O documento da versão de %1 não é um objeto JSON, então não pode ser o que o registro assinou.</translation>
    </message>
    <message>
        <source>%1 carries no registry signature, so it cannot be checked that the registry published these contents.</source>
        <translation>%1 não traz assinatura do registro, então não é possível verificar se o registro publicou este conteúdo.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expires; without the publish time TokenDesk cannot tell whether it was valid when the version was published.</source>
        <translation>A assinatura do registro de %1 usa a chave %2, que expira; sem o horário de publicação, o TokenDesk não consegue saber se ela era válida quando a versão foi publicada.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which expired on %3, no later than the version was published (%4).</source>
        <translation>A assinatura do registro de %1 usa a chave %2, que expirou em %3, no máximo na data de publicação da versão (%4).</translation>
    </message>
    <message>
        <source>The registry signed %1 with its key %2.</source>
        <translation>O registro assinou %1 com a chave %2 dele.</translation>
    </message>
    <message>
        <source>The registry signature of %1 does not match its name, version and integrity: the version document was changed after the registry signed it, or the signature belongs to another package.</source>
        <translation>A assinatura do registro de %1 não corresponde ao nome, à versão e à integridade: o documento da versão foi alterado depois de o registro assiná-lo, ou a assinatura pertence a outro pacote.</translation>
    </message>
    <message>
        <source>The registry signature of %1 uses key %2, which cannot be verified with this TokenDesk&apos;s trust data (update TokenDesk).</source>
        <translation>A assinatura do registro de %1 usa a chave %2, que não pode ser verificada com os dados de confiança deste TokenDesk (atualize o TokenDesk).</translation>
    </message>
</context>
<context>
    <name>td::provenance::TrustRoot</name>
    <message>
        <source>The trust data file is larger than 4 MiB.</source>
        <translation>O arquivo de dados de confiança tem mais de 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data is not JSON. Use a Sigstore trusted_root.json or the file the sandbox serves at /-/sandbox/trusted-root.</source>
        <translation>Os dados de confiança não são JSON. Use um trusted_root.json do Sigstore ou o arquivo que o sandbox fornece em /-/sandbox/trusted-root.</translation>
    </message>
    <message>
        <source>The trust data is not a Sigstore trusted root (its mediaType is &quot;%1&quot;).</source>
        <translation>Os dados de confiança não são uma raiz de confiança do Sigstore (o mediaType deles é &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the trust data file %1: %2.</source>
        <translation>Não é possível ler o arquivo de dados de confiança %1: %2.</translation>
    </message>
</context>
<context>
    <name>td::provenance::VersionVerifier</name>
    <message>
        <source>%1 has no version %2 on this registry.</source>
        <translation>%1 não tem a versão %2 neste registro.</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(mais recente)</translation>
    </message>
    <message>
        <source>Check the version with &apos;npm view %1 versions&apos;.</source>
        <translation>Verifique a versão com &apos;npm view %1 versions&apos;.</translation>
    </message>
    <message>
        <source>No provenance: nothing signed says which repository or workflow built this version.</source>
        <translation>Sem procedência: nada assinado informa qual repositório ou fluxo de trabalho compilou esta versão.</translation>
    </message>
    <message>
        <source>Could not fetch the attestations: %1</source>
        <translation>Não foi possível obter os atestados: %1</translation>
    </message>
    <message>
        <source>Could not verify: the attestations are larger than 4 MiB.</source>
        <translation>Não foi possível verificar: os atestados têm mais de 4 MiB.</translation>
    </message>
    <message>
        <source>The trust data could not be read: %1</source>
        <translation>Não foi possível ler os dados de confiança: %1</translation>
    </message>
    <message>
        <source>Give a trusted_root.json file, such as the sandbox&apos;s /-/sandbox/trusted-root.</source>
        <translation>Informe um arquivo trusted_root.json, como o /-/sandbox/trusted-root do sandbox.</translation>
    </message>
</context>
<context>
    <name>td::sandbox</name>
    <message>
        <source>An npmjs-compatible registry on 127.0.0.1 for practice and tests.</source>
        <translation>Um registro compatível com o npmjs em 127.0.0.1 para prática e testes.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free port).</source>
        <translation>Porta TCP (0 = qualquer porta livre).</translation>
    </message>
    <message>
        <source>Keep state in this file across restarts (atomic writes).</source>
        <translation>Manter o estado neste arquivo entre reinicializações (gravações atômicas).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: invalid --port</source>
        <translation>tokendesk-sandbox: --port inválido</translation>
    </message>
    <message>
        <source>Rules to enforce: current, 2025-10 (classic tokens allowed), or 2027-01 (bypass-2FA tokens can no longer publish directly, only stage).</source>
        <translation>Regras a aplicar: current (as atuais), 2025-10 (tokens clássicos permitidos) ou 2027-01 (tokens que ignoram a 2FA não podem mais publicar diretamente, somente preparar).</translation>
    </message>
    <message>
        <source>tokendesk-sandbox: --era must be current, 2025-10 or 2027-01</source>
        <translation>tokendesk-sandbox: --era deve ser current, 2025-10 ou 2027-01</translation>
    </message>
    <message>
        <source>Seed: demo, watch, empty, or a JSON file.</source>
        <translation>Semente: demo, watch, empty ou um arquivo JSON.</translation>
    </message>
</context>
<context>
    <name>td::sandbox::Pages</name>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>One-time code (authenticator app or e-mail)</source>
        <translation>Código de uso único (aplicativo autenticador ou e-mail)</translation>
    </message>
    <message>
        <source>Skip two-factor authentication for the next 5 minutes</source>
        <translation>Ignorar a autenticação de dois fatores pelos próximos 5 minutos</translation>
    </message>
    <message>
        <source>Sign in to finish logging in from the command line.</source>
        <translation>Entre para concluir o login a partir da linha de comando.</translation>
    </message>
    <message>
        <source>Approve the command &quot;%1&quot; for %2.</source>
        <translation>Aprove o comando &quot;%1&quot; para %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Negar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>This request does not exist, has expired or was already answered.</source>
        <translation>Esta solicitação não existe, expirou ou já foi respondida.</translation>
    </message>
    <message>
        <source>We e-mailed you a code (see GET /-/sandbox/outbox).</source>
        <translation>Enviamos um código por e-mail para você (veja GET /-/sandbox/outbox).</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Autenticação de dois fatores</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>The request was denied. You can close this page.</source>
        <translation>A solicitação foi negada. Você pode fechar esta página.</translation>
    </message>
    <message>
        <source>Incorrect user name or password.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Enter the code we e-mailed you.</source>
        <translation>Digite o código que enviamos por e-mail.</translation>
    </message>
    <message>
        <source>That code is not valid.</source>
        <translation>Esse código não é válido.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Não aprovado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Approved. Return to your terminal.</source>
        <translation>Aprovado. Volte ao seu terminal.</translation>
    </message>
</context>
<context>
    <name>td::watch::PackumentPoller</name>
    <message>
        <source>The registry&apos;s packument of %1 is not valid JSON.</source>
        <translation>O documento do pacote %1 no registro não é um JSON válido.</translation>
    </message>
    <message>
        <source>The watch tries again at the package&apos;s next turn.</source>
        <translation>A vigilância tenta novamente na próxima vez do pacote.</translation>
    </message>
    <message>
        <source>The registry refuses to show %1 even with your read token.</source>
        <translation>O registro se recusa a mostrar %1 mesmo com seu token de leitura.</translation>
    </message>
    <message>
        <source>%1 is not public; watching it needs a read token in the keychain.</source>
        <translation>%1 não é público; vigiá-lo exige um token de leitura no chaveiro.</translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message>
        <source>Unpacked size jumped from %1 in %2 to %3.</source>
        <translation>O tamanho descompactado saltou de %1 em %2 para %3.</translation>
    </message>
    <message>
        <source>The file count jumped from %1 in %2 to %3.</source>
        <translation>O número de arquivos saltou de %1 em %2 para %3.</translation>
    </message>
    <message>
        <source>Adds a %1 script: &quot;%2&quot; (%3 had none).</source>
        <translation>Adiciona um script %1: &quot;%2&quot; (%3 não tinha nenhum).</translation>
    </message>
    <message>
        <source>Changes the %1 script from &quot;%2&quot; in %3 to &quot;%4&quot;.</source>
        <translation>Altera o script %1 de &quot;%2&quot; em %3 para &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Depends on %1 from %2, not from the registry.</source>
        <translation>Depende de %1 a partir de %2, não do registro.</translation>
    </message>
    <message>
        <source>Adds the optional dependency %1 (%2); %3 had none of that name.</source>
        <translation>Adiciona a dependência opcional %1 (%2); %3 não tinha nenhuma com esse nome.</translation>
    </message>
    <message>
        <source>Adds the command %1 (%2).</source>
        <translation>Adiciona o comando %1 (%2).</translation>
    </message>
    <message>
        <source>Points the command %1 at %2 instead of %3.</source>
        <translation>Aponta o comando %1 para %2 em vez de %3.</translation>
    </message>
    <message>
        <source>Builds native code from a binding.gyp on install (node-gyp runs it without any install script); %1 did not.</source>
        <translation>Compila código nativo a partir de um binding.gyp na instalação (o node-gyp o executa sem nenhum script de instalação); %1 não fazia isso.</translation>
    </message>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>A primeira versão em %n dia: a anterior, %1, foi publicada em %2.</numerusform>
            <numerusform>A primeira versão em %n dias: a anterior, %1, foi publicada em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dist-tag %1 was removed; it pointed at %2.</source>
        <translation>A tag %1 foi removida; ela apontava para %2.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 back to %3, an older major version.</source>
        <translation>A tag %1 voltou de %2 para %3, uma versão principal mais antiga.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved back from %2 to the older %3.</source>
        <translation>A tag %1 voltou de %2 para a mais antiga %3.</translation>
    </message>
    <message>
        <source>The dist-tag %1 moved from %2 to another major version, %3.</source>
        <translation>A tag %1 foi movida de %2 para outra versão principal, %3.</translation>
    </message>
</context>
<context>
    <name>td::watch::StagedReader</name>
    <message>
        <source>The staged versions of %1 could not be read: %2</source>
        <translation>Não foi possível ler as versões preparadas de %1: %2</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchMemory</name>
    <message>
        <source>The publish watch&apos;s memory (%1) is %2, far larger than it can be; it was moved aside and the watch starts again from what the registry shows now.</source>
        <translation>A memória da vigilância de publicações (%1) tem %2, muito mais do que poderia ter; ela foi posta de lado e a vigilância recomeça a partir do que o registro mostra agora.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) could not be read: %2 The watch starts again from what the registry shows now.</source>
        <translation>A memória da vigilância de publicações (%1) não pôde ser lida: %2 A vigilância recomeça a partir do que o registro mostra agora.</translation>
    </message>
    <message>
        <source>The publish watch&apos;s memory (%1) is damaged; it was moved aside and the watch starts again from what the registry shows now, without alarms for versions already published.</source>
        <translation>A memória da vigilância de publicações (%1) está danificada; ela foi posta de lado e a vigilância recomeça a partir do que o registro mostra agora, sem alarmes para versões já publicadas.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchReleaseModel</name>
    <message>
        <source>new version</source>
        <translation>nova versão</translation>
    </message>
    <message>
        <source>tag %1 added</source>
        <translation>tag %1 adicionada</translation>
    </message>
    <message>
        <source>tag %1 removed</source>
        <translation>tag %1 removida</translation>
    </message>
    <message>
        <source>%1 moved from %2</source>
        <translation>%1 movida de %2</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removida</translation>
    </message>
    <message>
        <source>maintainer %1 added</source>
        <translation>mantenedor %1 adicionado</translation>
    </message>
    <message>
        <source>maintainer %1 removed</source>
        <translation>mantenedor %1 removido</translation>
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
        <translation>%1 (histórico)</translation>
    </message>
    <message>
        <source>%1 (answered)</source>
        <translation>%1 (respondido)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Publish path and identity</source>
        <translation>Caminho de publicação e identidade</translation>
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
        <translation>A lista de versões recentes %1 não pôde ser lida (%2); ela começa vazia.</translation>
    </message>
    <message>
        <source>The list of recent releases %1 is damaged; it starts empty.</source>
        <translation>A lista de versões recentes %1 está danificada; ela começa vazia.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>Nothing to watch: no account is signed in and no package is pinned. Sign in with &apos;tokendesk-cli login&apos; or in TokenDesk first.</source>
        <translation>Nada para vigiar: nenhuma conta está conectada e nenhum pacote está fixado. Entre primeiro com &apos;tokendesk-cli login&apos; ou no TokenDesk.</translation>
    </message>
    <message>
        <source>The watch has not seen %1@%2.</source>
        <translation>A vigilância não viu %1@%2.</translation>
    </message>
    <message>
        <source>Check the name and version with &apos;tokendesk-cli watch --once&apos;.</source>
        <translation>Verifique o nome e a versão com &apos;tokendesk-cli watch --once&apos;.</translation>
    </message>
    <message>
        <source>The watch does not know %1 yet.</source>
        <translation>A vigilância ainda não conhece %1.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli watch --once&apos; first.</source>
        <translation>Execute &apos;tokendesk-cli watch --once&apos; primeiro.</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchTargets</name>
    <message>
        <source>The packages of %1 on %2 could not be read: %3</source>
        <translation>Não foi possível ler os pacotes de %1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message>
        <source>Published by %1 with a token, without provenance</source>
        <translation>Publicada por %1 com um token, sem procedência</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>um usuário desconhecido</translation>
    </message>
    <message>
        <source>Published by %1 with provenance, but not through a trusted publisher</source>
        <translation>Publicada por %1 com procedência, mas não por um publicador confiável</translation>
    </message>
    <message>
        <source>Published through a trusted publisher without a maintainer&apos;s approval</source>
        <translation>Publicada por um publicador confiável sem a aprovação de um mantenedor</translation>
    </message>
    <message>
        <source>Published as an approved staged release</source>
        <translation>Publicada como uma versão preparada aprovada</translation>
    </message>
    <message>
        <source>earlier releases had provenance from %1, %2 %3 (last: %4)</source>
        <translation>versões anteriores tinham procedência de %1, %2 %3 (última: %4)</translation>
    </message>
    <message>
        <source>earlier releases came from %1, %2 %3 (last: %4)</source>
        <translation>versões anteriores vieram de %1, %2 %3 (última: %4)</translation>
    </message>
    <message>
        <source>earlier releases were staged and approved by %1 (last: %2)</source>
        <translation>versões anteriores foram preparadas e aprovadas por %1 (última: %2)</translation>
    </message>
    <message>
        <source>earlier releases came through a trusted publisher (last: %1)</source>
        <translation>versões anteriores vieram de um publicador confiável (última: %1)</translation>
    </message>
    <message>
        <source>earlier releases had provenance (last: %1)</source>
        <translation>versões anteriores tinham procedência (última: %1)</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>Version %1 was deprecated: &quot;%2&quot;.</source>
        <translation>A versão %1 foi marcada como obsoleta: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Version %1 was removed from the registry.</source>
        <translation>A versão %1 foi removida do registro.</translation>
    </message>
    <message>
        <source>%1 was added as a maintainer of %2; the maintainers were %3.</source>
        <translation>%1 foi adicionado como mantenedor de %2; os mantenedores eram %3.</translation>
    </message>
    <message>
        <source>%1 is no longer a maintainer of %2; the maintainers are %3.</source>
        <translation>%1 não é mais mantenedor de %2; os mantenedores são %3.</translation>
    </message>
    <message>
        <source>Version %1 was staged by %2, who never staged a version of %3 before (earlier: %4).</source>
        <translation>A versão %1 foi preparada por %2, que nunca preparou uma versão de %3 antes (quem preparou antes: %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>%n pacote desta conta foi publicado em %1 minutos (%2 a %3): %4.</numerusform>
            <numerusform>%n pacotes desta conta foram publicados em %1 minutos (%2 a %3): %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <source>notable</source>
        <translation>notável</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarme</translation>
    </message>
    <message>
        <source>Not judged: you excluded %1 from the watch.</source>
        <translation>Não avaliada: você excluiu %1 da vigilância.</translation>
    </message>
    <message>
        <source>Who published %1 could not be checked: %2</source>
        <translation>Não foi possível verificar quem publicou %1: %2</translation>
    </message>
    <message>
        <source>You expected a manual publish of %1 until %2.</source>
        <translation>Você esperava uma publicação manual de %1 até %2.</translation>
    </message>
    <message>
        <source>Seen on the first run over %1&apos;s history: part of the baseline, shown but not judged.</source>
        <translation>Vista na primeira passagem pelo histórico de %1: parte da linha de base, mostrada mas não avaliada.</translation>
    </message>
    <message>
        <source>You said %1 was you.</source>
        <translation>Você disse que %1 foi publicada por você.</translation>
    </message>
</context>
</TS>
